"""The entry point: `kiosk` on the command line, `kiosk-gui` from a desktop shortcut.

The only module outside `kiosk/ui` that imports the UI; Qt is loaded only for the verbs that need
it, so `kiosk assess` stays quick and works on a machine with no display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import cli


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    if not raw or raw[0] not in {*cli.VERB_NAMES, "-h", "--help", "--version"}:
        raw = ["run", *raw]
    args = cli.build_parser().parse_args(raw)
    if args.verb in ("run", "demo"):
        from kiosk.ui import app  # noqa: PLC0415 - Qt only for the screen verbs

        try:
            return app.run(args) if args.verb == "run" else app.demo(args)
        except cli.UsageError as error:
            print(f"kiosk: {error}", file=sys.stderr)
            return cli.EXIT_BAD_INPUT
    return cli.dispatch(args)


def main_cli() -> None:
    """The `kiosk` console command."""
    try:
        sys.exit(main())
    except BrokenPipeError:  # `kiosk export | head`: the reader has all it wants
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - keeps the final flush quiet
        sys.exit(0)


def gui_main() -> None:
    """The `kiosk-gui` launcher: no console window on Windows."""
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
