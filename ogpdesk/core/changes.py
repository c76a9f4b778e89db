"""What a service changed, so that each view redraws only what concerns it."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    processes: bool = False
    meetings: bool = False
    participants: bool = False
    attendance: bool = False
    agenda: bool = False
    timeline: bool = False
    recommendations: bool = False
    decisions: bool = False
    actions: bool = False
    commitments: bool = False
    progress: bool = False
    proposals: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})
