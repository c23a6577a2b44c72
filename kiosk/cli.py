"""The command-line verbs that need no screen: assess, report, export, schema, fhir, reset-pin.

Bad input prints one clear line on stderr, exits with status 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

from kiosk import __version__
from kiosk.logic import backup
from kiosk.logic.assets import asset_path
from kiosk.logic.atomic import write_atomically
from kiosk.logic.config import ConfigError, Paths, Settings, resolve
from kiosk.logic.pin import LOCK_SETTING, MAX_DIGITS, MIN_DIGITS, PIN_SETTING, hash_pin, valid_pin
from kiosk.logic.plural import counted
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import RecordError, load
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store, StoreError

EXIT_BAD_INPUT = 2
EXPORT_FORMATS = ("record", "fhir")


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Heel-pain intake kiosk. With no command, opens the kiosk window."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    places = argparse.ArgumentParser(add_help=False)
    places.add_argument("--data-dir", type=Path, help="folder for the database, PDFs and logs")
    places.add_argument("--config", type=Path, help="clinic settings file (TOML)")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    run = verbs.add_parser("run", parents=[places], help="open the kiosk window (the default)")
    run.add_argument("--kiosk", action="store_true", help="full-screen kiosk mode")
    assess_verb = verbs.add_parser("assess", help="print the screening result of an intake file as JSON")
    assess_verb.add_argument("file", type=Path)
    report = verbs.add_parser("report", parents=[places], help="write the physician PDF of an intake file")
    report.add_argument("file", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    export = verbs.add_parser("export", parents=[places], help="print stored intakes as JSON lines")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="record",
        help="record: one kiosk-intake/1 record per line (default); fhir: one FHIR R4 transaction Bundle per line",
    )
    export.add_argument("--since", type=date.fromisoformat, help="first completion day, YYYY-MM-DD")
    export.add_argument("--until", type=date.fromisoformat, help="last completion day, YYYY-MM-DD")
    verbs.add_parser("schema", help="print the JSON Schema of the intake record")
    fhir = verbs.add_parser("fhir", help="print FHIR R4 resources: the form, or one intake's Bundle")
    fhir_verbs = fhir.add_subparsers(dest="fhir_verb", metavar="WHAT", required=True)
    fhir_verbs.add_parser("questionnaire", help="the kiosk's form as a FHIR Questionnaire")
    fhir_bundle = fhir_verbs.add_parser(
        "bundle", parents=[places], help="the transaction Bundle (PDF included) for one intake file"
    )
    fhir_bundle.add_argument("file", type=Path)
    fhir_verbs.add_parser(
        "send", parents=[places], help="send every intake waiting for the FHIR server now (fhir_base_url)"
    )
    verbs.add_parser(
        "set-pin",
        parents=[places],
        help=f"set the staff PIN ({MIN_DIGITS} to {MAX_DIGITS} digits, typed twice; or two lines on stdin)",
    )
    verbs.add_parser(
        "reset-pin",
        parents=[places],
        help="forget the staff PIN: the staff screen stays closed until set-pin",
    )
    restore = verbs.add_parser(
        "restore",
        parents=[places],
        help="put the newest verified backup copy in place of a damaged or lost database (close the kiosk first)",
    )
    restore.add_argument(
        "--from", dest="source", type=Path, help="a backup copy to restore instead of the newest"
    )
    demo = verbs.add_parser(
        "demo", parents=[places], help="drive the wizard offscreen through a sample patient"
    )
    demo.add_argument(
        "-o", "--output", type=Path, help="folder for the demo PDF (default: a new temporary folder)"
    )
    return parser


def _read_record(path: Path) -> IntakeRecord:
    try:
        return load(path)
    except OSError as error:
        raise UsageError(f"{path}: cannot read ({error.strerror})") from None
    except RecordError as error:
        raise UsageError(f"{path}: {error}") from None


def cmd_assess(args: argparse.Namespace) -> int:
    result = assess(_read_record(args.file))
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kiosk.report.pdf import build_pdf  # noqa: PLC0415 - reportlab loads only for this verb
    from kiosk.submission import report_settings  # noqa: PLC0415

    record = _read_record(args.file)
    settings, _paths = _settings(args)
    output: Path = args.output
    if output.is_dir():
        raise UsageError(f"{output}: is a folder; give a file name ending in .pdf")
    if not output.parent.is_dir():
        raise UsageError(f"{output.parent}: no such folder")
    data = build_pdf(record, assess(record), report_settings(settings))
    try:
        write_atomically(data, output, shared=True)
    except OSError as error:
        raise UsageError(f"{output}: cannot write ({error.strerror})") from None
    print(output)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "fhir":
        from kiosk.fhir_export import intake_bundle_json  # noqa: PLC0415 - reportlab only for FHIR

        settings, _paths = _settings(args)
        with _existing_store(args) as store:
            for stored in store.export_intakes(args.since, args.until):
                print(intake_bundle_json(stored.record, stored.assessment, settings))
        return 0
    with _existing_store(args) as store:
        for line in store.export_json_lines(args.since, args.until):
            print(line)
    return 0


def cmd_fhir(args: argparse.Namespace) -> int:
    """The Questionnaire to load into the clinic's server once, or the Bundle one intake file makes."""
    if args.fhir_verb == "questionnaire":
        from kiosk.logic.fhir.questionnaire import questionnaire  # noqa: PLC0415

        print(json.dumps(questionnaire(), ensure_ascii=False, indent=2))
        return 0
    if args.fhir_verb == "send":
        return _fhir_send(args)
    from kiosk.fhir_export import intake_bundle  # noqa: PLC0415 - reportlab only for this verb

    record = _read_record(args.file)
    settings, _paths = _settings(args)
    print(json.dumps(intake_bundle(record, assess(record), settings), ensure_ascii=False, indent=2))
    return 0


def _fhir_send(args: argparse.Namespace) -> int:
    """What the kiosk's sender does, once, from the command line: for clinic IT checking a new server
    (the kiosk may be closed; a running kiosk sends the same intakes, and a second copy of one
    duplicates nothing on the server)."""
    from kiosk.fhir_delivery import send_due  # noqa: PLC0415 - reportlab only for this verb

    settings, _paths = _settings(args)
    if not settings.fhir_base_url:
        raise UsageError("fhir_base_url is not set in the settings file; sending to a FHIR server is off")
    with _existing_store(args) as store:
        counts = send_due(store, settings, lambda: datetime.now().astimezone())
        left = store.outbox.counts()
    print(
        f"sent {counts['sent']}, not sent (will retry) {counts['retry']}, refused {counts['refused']}; "
        f"now waiting {left.get('waiting', 0)}, refused {left.get('refused', 0)}"
    )
    return 0


def cmd_set_pin(args: argparse.Namespace) -> int:
    """The staff PIN, set by clinic IT at the computer: never from the patient's side of the screen,
    where whoever holds the tablet could choose it. Creates the database on a first set-up."""
    pin = _read_new_pin()
    _, paths = _settings(args)
    with Store(paths.database) as store:
        set_staff_pin(store, pin)
    print(
        "Staff PIN set. Hold the staff corner on the kiosk (or press Ctrl+Shift+S) to open the staff screen."
    )
    return 0


def set_staff_pin(store: Store, pin: str) -> None:
    """Store the PIN's hash, clear any lock from wrong tries, and audit it."""
    store.set_setting(PIN_SETTING, hash_pin(pin))
    store.delete_setting(LOCK_SETTING)
    store.audit("staff PIN set", "from the command line")


def _read_new_pin() -> str:
    """The new PIN, typed twice without echo; from a script, the first two lines of stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"New staff PIN ({MIN_DIGITS} to {MAX_DIGITS} digits): ")
        again = getpass.getpass("The same PIN again: ")
    else:
        first, again = ([*sys.stdin.read().splitlines(), "", ""])[:2]
    if not valid_pin(first.strip()):
        raise UsageError(f"a staff PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9); nothing was changed")
    if first.strip() != again.strip():
        raise UsageError("the two PINs were different; nothing was changed")
    return first.strip()


def cmd_reset_pin(args: argparse.Namespace) -> int:
    """A forgotten staff PIN, without editing SQLite by hand: with no PIN stored, the staff screen
    stays closed (a running kiosk reads the PIN each time its gate opens) until `kiosk set-pin`."""
    with _existing_store(args) as store:
        if not store.delete_setting(PIN_SETTING):
            print("No staff PIN is set here. Set one with: kiosk set-pin")
            return 0
        store.delete_setting(LOCK_SETTING)
        store.audit("staff PIN reset", "from the command line")
    print("Staff PIN removed; the staff screen stays closed until a new one is set with: kiosk set-pin")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore the database from a backup copy; the file it replaces is kept beside it."""
    _, paths = _settings(args)
    used, count, kept = backup.restore(paths.database, args.source, datetime.now().astimezone())
    aside = f"; the file it replaced is kept as {kept.name}" if kept else ""
    print(f"Restored {counted(count, 'intake')} from {used}{aside}.")
    return 0


def cmd_schema(_args: argparse.Namespace) -> int:
    print(asset_path("schema", "kiosk-intake-1.schema.json").read_text(encoding="utf-8"), end="")
    return 0


def _settings(args: argparse.Namespace) -> tuple[Settings, Paths]:
    try:
        return resolve(args.data_dir, args.config)
    except ConfigError as error:
        raise UsageError(str(error)) from None


def _existing_store(args: argparse.Namespace) -> Store:
    """The kiosk's database, refused rather than created when missing: a wrong --data-dir must
    not leave an empty database behind."""
    _, paths = _settings(args)
    if not paths.database.is_file():
        raise UsageError(f"{paths.database}: no database yet (the kiosk has not run with this data folder)")
    return Store(paths.database)


VERBS = {
    "assess": cmd_assess,
    "report": cmd_report,
    "export": cmd_export,
    "schema": cmd_schema,
    "fhir": cmd_fhir,
    "set-pin": cmd_set_pin,
    "reset-pin": cmd_reset_pin,
    "restore": cmd_restore,
}
VERB_NAMES = {*VERBS, "run", "demo"}


def dispatch(args: argparse.Namespace) -> int:
    # JSON out is UTF-8 everywhere: a Windows console or redirect would otherwise use its code page.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    try:
        return VERBS[args.verb](args)
    except (UsageError, StoreError) as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
