"""``ogpdesk``: with no arguments the window; with a subcommand, the same services from a shell.

Every subcommand opens the store, does its work in one transaction and prints what it did.
Errors are printed to stderr in the user's language with exit code 1 (2 for bad usage), and
the transaction is rolled back, so a failed command changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import locale
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ogpdesk import __version__
from ogpdesk.console import utf8_output
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from ogpdesk.core.backup import BackupInfo
    from ogpdesk.core.store import Store


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


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("Cli", "expected a time as HH:MM"))
        ) from None


def _signatory(text: str) -> tuple[str, str | None]:
    """ "Name, Title" → (name, title); the title is what follows the first comma."""
    name, _comma, title = text.partition(",")
    if not name.strip():
        raise argparse.ArgumentTypeError(_(QT_TRANSLATE_NOOP("Cli", "expected a name")))
    return name.strip(), title.strip() or None


def cmd_new_meeting(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.institutions import find_or_create_letterhead
    from ogpdesk.core.meetings import create_meeting, find_process

    chair, chair_title = args.chair or (None, None)
    secretary, secretary_title = args.secretary or (None, None)
    with store.transaction() as session:
        process = find_process(session, args.process) if args.process else None
        institution = (
            find_or_create_letterhead(
                session, args.institution, logo=Path(args.logo) if args.logo else None
            )
            if args.institution
            else None
        )
        meeting = create_meeting(
            session,
            title=args.title,
            date=args.date,
            kind=args.kind,
            city=args.city,
            process=process,
            place=args.place,
            languages=args.languages,
            institution=institution,
            chair=chair,
            chair_title=chair_title,
            secretary=secretary,
            secretary_title=secretary_title,
            start_time=args.start,
            end_time=args.end,
            **{
                f"title_{lang}": getattr(args, f"title_{lang}")
                for lang in ("ar", "fr", "en")
                if getattr(args, f"title_{lang}")
            },
        )
        print(meeting.id)


def cmd_approve(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.meetings import approve_meeting, find_meeting

    with store.transaction() as session:
        meeting = find_meeting(session, args.meeting)
        approve_meeting(session, meeting)
        print(
            _(QT_TRANSLATE_NOOP("Cli", "Approved: {title} ({id})")).format(
                title=meeting.title, id=meeting.id
            )
        )


def cmd_reopen(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.meetings import find_meeting, reopen_meeting

    with store.transaction() as session:
        meeting = find_meeting(session, args.meeting)
        reopen_meeting(session, meeting, by=args.by or getpass.getuser())
        print(
            _(QT_TRANSLATE_NOOP("Cli", "Reopened: {title} ({id})")).format(
                title=meeting.title, id=meeting.id
            )
        )


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
        today=args.as_of,
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
    from ogpdesk.core.store import head_revision, open_store

    # Opening a store creates the schema of an empty database and upgrades an older one.
    store = open_store(args.db)
    store.close()
    shown = store.engine.url.render_as_string(hide_password=True)
    print(
        _(QT_TRANSLATE_NOOP("Cli", "{url}: ogpdesk schema {revision} ready")).format(
            url=shown, revision=head_revision()
        )
    )


def cmd_backup(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.backup import back_up

    print(back_up(store, Path(args.output)))


def describe_backup(info: BackupInfo) -> str:
    lines = [
        _(QT_TRANSLATE_NOOP("Cli", "Backup {path} (schema {revision}, {when})")).format(
            path=info.path, revision=info.revision, when=f"{info.taken_at:%Y-%m-%d %H:%M}"
        ),
        _(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{processes} processes, {meetings} meetings, {participants} participants, "
                "{recommendations} recommendations",
            )
        ).format(
            processes=info.processes,
            meetings=info.meetings,
            participants=info.participants,
            recommendations=info.recommendations,
        ),
    ]
    if info.latest_meeting:
        lines.append(
            _(QT_TRANSLATE_NOOP("Cli", "Latest meeting: {meeting}")).format(
                meeting=info.latest_meeting
            )
        )
    return "\n".join(lines)


def cmd_restore(args: argparse.Namespace) -> None:
    """Not given an open store: the store to replace may be the very file that fails to open."""
    from ogpdesk.core.backup import ONLY_SQLITE, BackupError, describe, restore
    from ogpdesk.core.store import open_store, resolve

    info = describe(Path(args.file))
    print(describe_backup(info))
    if args.dry_run:
        return
    _url, path = resolve(args.db)
    if path is None:
        raise BackupError(ONLY_SQLITE)
    restored = restore(path, Path(args.file))
    if restored.previous is not None:
        print(
            _(QT_TRANSLATE_NOOP("Cli", "The database as it was is kept in {path}")).format(
                path=restored.previous
            )
        )
    # Opening upgrades a backup written by an older version.
    open_store(path).close()
    print(_(QT_TRANSLATE_NOOP("Cli", "Restored into {path}")).format(path=path))


def cmd_bundle(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.bundle import Scope, write
    from ogpdesk.core.meetings import find_meeting, find_process
    from ogpdesk.core.merge import make_bundle

    with store.transaction() as session:
        if args.meeting:
            scope = Scope(meeting_id=find_meeting(session, args.meeting).id, group=args.group)
        else:
            scope = Scope(process_id=find_process(session, args.process).id)
        bundle = make_bundle(session, scope)
        # Written inside the transaction: the versions it brought up to date are kept only
        # if the file was written.
        written = write(bundle, Path(args.output))
    print(
        _(QT_TRANSLATE_NOOP("Cli", "{count} records written to {path}")).format(
            count=bundle.count(), path=written
        )
    )


def cmd_merge(store: Store, args: argparse.Namespace) -> None:
    from ogpdesk.core.bundle import read
    from ogpdesk.core.merge import apply, preview

    bundle = read(Path(args.file))
    if args.dry_run:
        with store.session() as session:
            report = preview(session, bundle)
        print(report.render(user_language()))
        print(_(QT_TRANSLATE_NOOP("Cli", "(dry run: nothing was written)")))
        return
    with store.transaction() as session:
        report = apply(session, bundle).report
    print(report.render(user_language()))


def cmd_copy(args: argparse.Namespace) -> None:
    from ogpdesk.core.transfer import copy_store

    report = copy_store(args.source, args.target)
    done = _(QT_TRANSLATE_NOOP("Cli", "Copied {rows} records of {tables} tables to {target}."))
    print(done.format(rows=report.rows, tables=len(report.tables), target=report.target))


# Commands that open their stores themselves (none, or two).
STANDALONE: dict[str, Callable[[argparse.Namespace], None]] = {
    "server": cmd_server,
    "copy": cmd_copy,
    "restore": cmd_restore,
}

COMMANDS: dict[str, Callable[[Store, argparse.Namespace], None]] = {
    "demo": cmd_demo,
    "meetings": cmd_meetings,
    "new-meeting": cmd_new_meeting,
    "approve": cmd_approve,
    "reopen": cmd_reopen,
    "import-notes": cmd_import_notes,
    "import-participants": cmd_import_participants,
    "export": cmd_export,
    "backup": cmd_backup,
    "bundle": cmd_bundle,
    "merge": cmd_merge,
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
    parser.add_argument("--version", action="version", version=f"ogpdesk {__version__}")
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
    for lang in ("ar", "fr", "en"):
        new.add_argument(
            f"--title-{lang}",
            help=_(QT_TRANSLATE_NOOP("Cli", "the title in this language, if not written in it")),
        )
    new.add_argument("--date", required=True, type=_date)
    new.add_argument("--city")
    new.add_argument("--place")
    new.add_argument("--kind", default="workshop")
    new.add_argument("--process")
    new.add_argument("--languages", default="ar,fr")
    new.add_argument(
        "--institution",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "letterhead, from the top: 'Republic > Governorate or ministry > Municipality';"
                " a level in several languages: 'Commune de Kairouan | بلدية القيروان'",
            )
        ),
    )
    new.add_argument(
        "--logo", help=_(QT_TRANSLATE_NOOP("Cli", "image file (PNG or JPEG) of the institution"))
    )
    new.add_argument(
        "--chair",
        type=_signatory,
        help=_(QT_TRANSLATE_NOOP("Cli", "who chairs and signs: 'Name, Title'")),
    )
    new.add_argument(
        "--secretary",
        type=_signatory,
        help=_(QT_TRANSLATE_NOOP("Cli", "who writes and signs the minutes: 'Name, Title'")),
    )
    new.add_argument("--start", type=_time, help="HH:MM")
    new.add_argument("--end", type=_time, help="HH:MM")

    approve = sub.add_parser(
        "approve",
        help=_(QT_TRANSLATE_NOOP("Cli", "approve a meeting's minutes (closing it first)")),
    )
    approve.add_argument("meeting")
    reopen = sub.add_parser(
        "reopen", help=_(QT_TRANSLATE_NOOP("Cli", "reopen an approved meeting"))
    )
    reopen.add_argument("meeting")
    reopen.add_argument(
        "--by", help=_(QT_TRANSLATE_NOOP("Cli", "who reopens it (default: the system user)"))
    )

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
    export.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "the day the report describes: actions due before it are overdue (default: the "
                "end of --quarter, else the day of the latest meeting reported on)",
            )
        ),
    )
    export.add_argument("-o", "--output", required=True)

    backup = sub.add_parser(
        "backup", help=_(QT_TRANSLATE_NOOP("Cli", "copy the whole database into a backup file"))
    )
    backup.add_argument("-o", "--output", required=True)
    restore = sub.add_parser(
        "restore",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "replace the database with a backup (the current one is kept first)"
            )
        ),
    )
    restore.add_argument("file")

    bundle = sub.add_parser(
        "bundle",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "write an exchange file of a meeting or a process for another laptop"
            )
        ),
    )
    what = bundle.add_mutually_exclusive_group(required=True)
    what.add_argument("--meeting")
    what.add_argument("--process")
    bundle.add_argument(
        "--group",
        help=_(QT_TRANSLATE_NOOP("Cli", "the breakout group the receiving laptop captures in")),
    )
    bundle.add_argument("-o", "--output", required=True)
    merge = sub.add_parser(
        "merge", help=_(QT_TRANSLATE_NOOP("Cli", "merge an exchange file into the database"))
    )
    merge.add_argument("file")
    merge.add_argument(
        "--dry-run",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("Cli", "only show what the merge would add, change and delete")),
    )
    restore.add_argument(
        "--dry-run",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("Cli", "only show what the backup holds")),
    )

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


BUG = QT_TRANSLATE_NOOP(
    "Cli",
    "An unexpected error stopped ogpdesk (a bug, not something you did): nothing more was "
    "changed. The details are in “{path}”: please send that file to whoever supports you.",
)
BUG_NO_LOG = QT_TRANSLATE_NOOP(
    "Cli",
    "An unexpected error stopped ogpdesk (a bug, not something you did): nothing more was "
    "changed. Its details could not be saved: {reason}",
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; no traceback reaches the user, whatever happens.

    A problem with the user's input or files is an ``OgpdeskError``, said in their language.
    Anything else is a bug: its traceback goes to a file in the user data folder, and the
    message names that file. A reader that stops reading (``ogpdesk meetings | head``) ends
    the command quietly, with the exit status of a broken pipe (128 + SIGPIPE).
    """
    utf8_output()
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as bug:
        from ogpdesk.core import buglog

        try:
            logged = buglog.write(bug, f"argv: {sys.argv!r}")
        except OSError as exc:
            print(f"ogpdesk: {_(BUG_NO_LOG).format(reason=exc)}", file=sys.stderr)
        else:
            print(f"ogpdesk: {_(BUG).format(path=logged)}", file=sys.stderr)
        return 70  # EX_SOFTWARE


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    # What an export killed last time left beside its target (one look at a journal folder
    # that is empty unless something was killed). The window does it once it is on screen.
    if args.command is not None:
        from ogpdesk.core import unfinished

        unfinished.sweep()
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
    # Not imported for the window, which shows itself before it opens the store.
    from ogpdesk.core.store import open_store

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
    # Inside the guard of ``main``: a reader gone before the last line is a broken pipe.
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
