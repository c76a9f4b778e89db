"""``ogpdesk``: with no arguments the window; with a subcommand, the same services from a shell.

Every subcommand opens the store, does its work in one transaction and prints what it did.
Errors are printed to stderr in the user's language with exit code 1 (2 for bad usage), and
the transaction is rolled back, so a failed command changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import locale
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.store import Store, open_store
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate


def user_language() -> str:
    """The language of messages: OGPDESK_LANG, else the system locale, else English."""
    wanted = os.environ.get("OGPDESK_LANG") or os.environ.get("LANG") or ""
    if not wanted:
        wanted = locale.getlocale()[0] or ""
    code = wanted[:2].lower()
    return code if code in LANGUAGES else "en"


def _(text: str) -> str:
    return translate(user_language(), "Cli", text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("Cli", "expected a date as YYYY-MM-DD"))
        ) from None


def cmd_demo(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.demo import load_demo

    with store.transaction() as session:
        report = load_demo(session)
    print(report.render(user_language()))


def cmd_meetings(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.meetings import list_meetings

    with store.session() as session:
        for m in list_meetings(session):
            print("\t".join([m.id, m.date.isoformat(), m.kind.value, m.city or "", m.title]))


def cmd_new_meeting(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.meetings import create_meeting, find_process

    with store.transaction() as session:
        process = find_process(session, args.process) if args.process else None
        meeting = create_meeting(
            session,
            title=args.title,
            date=args.date,
            kind=args.kind,
            city=args.city,
            process=process,
            place=args.place,
            languages=args.languages,
        )
        print(meeting.id)


def cmd_import_notes(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.meetings import find_meeting
    from ogpdesk.core.notes import import_notes_file

    with store.transaction() as session:
        meeting = find_meeting(session, args.meeting)
        report = import_notes_file(session, meeting, Path(args.file))
    print(report.render(user_language()))


def cmd_import_participants(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.meetings import find_meeting
    from ogpdesk.core.participants import import_participants_file

    with store.transaction() as session:
        meeting = find_meeting(session, args.meeting)
        report = import_participants_file(session, meeting, Path(args.file))
    print(report.render(user_language()))


def cmd_export(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.documents.export import ExportRequest, export

    request = ExportRequest(
        kind=args.kind,
        meeting=args.meeting,
        process=args.process,
        lang=args.lang,
        output=Path(args.output),
        quarter=args.quarter,
        bilingual=args.bilingual,
        include_private=args.include_private,
        group_by=args.group_by,
    )
    with store.session() as session:
        written = export(session, request)
    print(written)


def cmd_audit(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.audit import audit, write_csv
    from ogpdesk.core.meetings import find_meeting

    with store.session() as session:
        meeting = find_meeting(session, args.meeting)
        rows = audit(session, meeting.id)
    write_csv(rows, Path(args.output))
    print(args.output)


def cmd_server(args: argparse.Namespace) -> None:
    from ogpdesk.core.store import head_revision

    # Opening a store creates the schema of an empty database and upgrades an older one.
    store = open_store(args.db)
    store.close()
    shown = store.engine.url.render_as_string(hide_password=True)
    print(
        _(QT_TRANSLATE_NOOP("Cli", "{url}: ogpdesk schema {revision} ready")).format(
            url=shown, revision=head_revision()
        )
    )


def cmd_copy(args: argparse.Namespace) -> None:
    from ogpdesk.core.transfer import copy_store

    report = copy_store(args.source, args.target)
    done = _(QT_TRANSLATE_NOOP("Cli", "Copied {rows} records of {tables} tables to {target}."))
    print(done.format(rows=report.rows, tables=len(report.tables), target=report.target))


# Commands that open their stores themselves (none, or two).
STANDALONE: dict[str, Callable[[argparse.Namespace], None]] = {
    "server": cmd_server,
    "copy": cmd_copy,
}

COMMANDS: dict[str, Callable[[Store, argparse.Namespace], None]] = {
    "demo": cmd_demo,
    "meetings": cmd_meetings,
    "new-meeting": cmd_new_meeting,
    "import-notes": cmd_import_notes,
    "import-participants": cmd_import_participants,
    "export": cmd_export,
    "audit": cmd_audit,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ogpdesk",
        description=_(
            QT_TRANSLATE_NOOP(
                "Cli", "Record participatory meetings and export their minutes and reports."
            )
        ),
    )
    parser.add_argument(
        "--db",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "database file or SQLAlchemy URL (default: OGPDESK_DB, then user data)"
            )
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser(
        "demo", help=_(QT_TRANSLATE_NOOP("Cli", "load the seed demo (Kairouan, M'saken, El Kef)"))
    )
    sub.add_parser(
        "meetings", help=_(QT_TRANSLATE_NOOP("Cli", "list meetings: id, date, kind, city, title"))
    )

    new = sub.add_parser(
        "new-meeting", help=_(QT_TRANSLATE_NOOP("Cli", "create a meeting and print its id"))
    )
    new.add_argument("--title", required=True)
    new.add_argument("--date", required=True, type=_date)
    new.add_argument("--city")
    new.add_argument("--place")
    new.add_argument("--kind", default="workshop")
    new.add_argument("--process")
    new.add_argument("--languages", default="ar,fr")

    notes = sub.add_parser(
        "import-notes", help=_(QT_TRANSLATE_NOOP("Cli", "import a notes file into a meeting"))
    )
    notes.add_argument("meeting")
    notes.add_argument("file")

    people = sub.add_parser(
        "import-participants",
        help=_(QT_TRANSLATE_NOOP("Cli", "import participants from CSV or XLSX into a meeting")),
    )
    people.add_argument("meeting")
    people.add_argument("file")

    export = sub.add_parser(
        "export", help=_(QT_TRANSLATE_NOOP("Cli", "export a document; format from the file suffix"))
    )
    export.add_argument(
        "kind",
        choices=[
            "minutes",
            "recommendations",
            "attendance",
            "actions",
            "progress",
            "site",
            "cocreation",
        ],
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--meeting")
    scope.add_argument("--process")
    export.add_argument("--lang", choices=LANGUAGES, default="fr")
    export.add_argument(
        "--quarter", help=_(QT_TRANSLATE_NOOP("Cli", "quarter of a progress matrix, e.g. 2025Q3"))
    )
    export.add_argument(
        "--bilingual",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("Cli", "Arabic and French side by side")),
    )
    export.add_argument(
        "--include-private",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("Cli", "print phone numbers and e-mails")),
    )
    export.add_argument(
        "--group-by",
        choices=["theme", "meeting"],
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "recommendations report: by theme (a meeting's default) or by meeting"
            )
        ),
    )
    export.add_argument("-o", "--output", required=True)

    audit = sub.add_parser(
        "audit",
        help=_(
            QT_TRANSLATE_NOOP("Cli", "write who created and changed each row of a meeting (CSV)")
        ),
    )
    audit.add_argument("meeting")
    audit.add_argument("-o", "--output", required=True)

    server = sub.add_parser(
        "server", help=_(QT_TRANSLATE_NOOP("Cli", "set up a shared PostgreSQL server"))
    )
    server.add_argument(
        "action",
        choices=["init"],
        help=_(QT_TRANSLATE_NOOP("Cli", "init: create or upgrade the schema of --db")),
    )

    copy = sub.add_parser(
        "copy",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "copy a whole store into an empty one (SQLite and PostgreSQL, either way)"
            )
        ),
    )
    copy.add_argument("--from", dest="source", required=True)
    copy.add_argument("--to", dest="target", required=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ogpdesk.ui.app import run

        return run(args.db)
    if args.command in STANDALONE:
        try:
            STANDALONE[args.command](args)
        except OgpdeskError as exc:
            print(f"ogpdesk: {exc.message(user_language())}", file=sys.stderr)
            return 1
        return 0
    try:
        store = open_store(args.db)
    except OgpdeskError as exc:
        print(f"ogpdesk: {exc.message(user_language())}", file=sys.stderr)
        return 1
    try:
        COMMANDS[args.command](store, args)
    except OgpdeskError as exc:
        print(f"ogpdesk: {exc.message(user_language())}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
