"""The command-line verbs: clear output on good input, one line and exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.__main__ import main

VIGNETTES = Path(__file__).parent / "data" / "vignettes"
V03 = VIGNETTES / "v03-heel-pain-with-s1-features.json"


@pytest.fixture
def intake_file(tmp_path: Path) -> Path:
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(json.loads(V03.read_text(encoding="utf-8"))["record"]), encoding="utf-8")
    return path


def test_assess_prints_every_expected_key(intake_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(intake_file)]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = json.loads(V03.read_text(encoding="utf-8"))["expected"]
    assert {key: printed[key] for key in expected} == expected
    assert printed["rules_version"] == "1.1.0"
    assert all(rule["reason"] and rule["sources"] is not None for rule in printed["fired_detail"])


def test_assess_reproduces_every_public_vignette(
    vignette: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(vignette["record"], ensure_ascii=False), encoding="utf-8")
    assert main(["assess", str(path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {key: printed[key] for key in vignette["expected"]} == vignette["expected"]


def test_report_writes_the_pdf(intake_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["report", str(intake_file), "-o", str(out), "--data-dir", str(tmp_path / "d")]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "José Álvarez" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{ not json", "not JSON"),
        ('{"format": "kiosk-intake/1"}', "patient: required but missing"),
        ('{"format": "kiosk-intake/9"}', "format"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "never.pdf"
    for argv in (
        ["assess", str(bad)],
        ["report", str(bad), "-o", str(out), "--data-dir", str(tmp_path / "d")],
    ):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert len(captured.err.strip().splitlines()) == 1
        assert words in captured.err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_missing_file_and_bad_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], intake_file
) -> None:
    assert main(["assess", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["report", str(intake_file), "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_schema_is_json_schema_of_the_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "kiosk-intake/1"
    assert schema["additionalProperties"] is False


def test_export_filters_by_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.logic.record_load import record_from_dict
    from kiosk.logic.screening import assess
    from kiosk.logic.storage import Store

    with Store(tmp_path / "kiosk.sqlite3") as store:
        for path in sorted(VIGNETTES.glob("*.json"))[:2]:
            record = record_from_dict(json.loads(path.read_text(encoding="utf-8"))["record"])
            store.submit(record, assess(record))
    assert main(["export", "--data-dir", str(tmp_path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["export", "--data-dir", str(tmp_path), "--since", "2026-11-21"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["export", "--data-dir", str(tmp_path / "empty")]) == 2
    assert "no database" in capsys.readouterr().err


def test_demo_with_a_bad_settings_file_or_data_folder_says_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("paper = [", encoding="utf-8")
    not_utf8 = tmp_path / "latin1.toml"
    not_utf8.write_bytes(b'clinic_name = "Cl\xednica"\n')
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    database_a_folder = tmp_path / "odd"
    (database_a_folder / "kiosk.sqlite3").mkdir(parents=True)
    for extra in (
        ["--config", str(bad)],
        ["--config", str(not_utf8)],
        ["--data-dir", str(not_a_folder)],
        ["--data-dir", str(database_a_folder)],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "demo", *extra],
            check=False,
            capture_output=True,
            text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
            timeout=120,
        )
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_demo_drives_the_wizard_offscreen_and_prints_the_pdf(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
        check=True,
        timeout=120,
    )
    pdf = Path(result.stdout.strip())
    assert pdf.parent == tmp_path / "reports"
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Zoë Łukasiewicz" in text


def test_reset_pin_forgets_the_pin_and_the_staff_screen_stays_closed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot
) -> None:
    from kiosk.logic.pin import PIN_SETTING, hash_pin
    from kiosk.logic.storage import Store
    from kiosk.ui.staff_gate import StaffGate

    with Store(tmp_path / "kiosk.sqlite3") as store:
        store.set_setting(PIN_SETTING, hash_pin("246810"))
    assert main(["reset-pin", "--data-dir", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert len(captured.out.strip().splitlines()) == 1
    assert "kiosk set-pin" in captured.out
    assert captured.out.isascii()  # a Windows console shows it as written
    with Store(tmp_path / "kiosk.sqlite3") as store:
        assert store.get_setting(PIN_SETTING) is None
        assert [(e.action, e.detail) for e in store.audit_log()] == [
            ("staff PIN reset", "from the command line")
        ]
        gate = StaffGate(store, clock=lambda: datetime.now(UTC))
        qtbot.addWidget(gate)
        assert gate.no_pin
        assert gate.title.text() == "Staff screen closed"
        assert not gate.ok.isEnabled()

    assert main(["reset-pin", "--data-dir", str(tmp_path)]) == 0  # again: nothing to do, nothing written
    assert "No staff PIN is set" in capsys.readouterr().out
    with Store(tmp_path / "kiosk.sqlite3") as store:
        assert len(store.audit_log()) == 1


def test_reset_pin_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.logic.pin import PIN_SETTING, hash_pin
    from kiosk.logic.storage import Store

    with Store(tmp_path / "kiosk.sqlite3") as store:
        store.set_setting(PIN_SETTING, hash_pin("246810"))
    before = sorted(p.name for p in tmp_path.iterdir())
    bad_config = tmp_path / "broken.toml"
    for argv, words in (
        (["reset-pin", "--data-dir", str(tmp_path / "elsewhere")], "no database"),
        (["reset-pin", "--data-dir", str(tmp_path), "--config", str(bad_config)], "cannot read"),
    ):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert len(captured.err.strip().splitlines()) == 1
        assert words in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    with Store(tmp_path / "kiosk.sqlite3") as store:
        assert store.get_setting(PIN_SETTING) is not None
        assert store.audit_log() == []


def test_set_pin_from_the_command_line_opens_the_staff_screen_and_refuses_short_pins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from kiosk.logic.pin import LOCK_SETTING, PIN_SETTING, verify_pin
    from kiosk.logic.storage import Store

    for typed, words in (("1234\n1234\n", "6 to 12 digits"), ("246810\n246811\n", "different")):
        monkeypatch.setattr("sys.stdin", io.StringIO(typed))
        assert main(["set-pin", "--data-dir", str(tmp_path)]) == 2
        captured = capsys.readouterr()
        assert len(captured.err.strip().splitlines()) == 1 and words in captured.err
    assert not (tmp_path / "kiosk.sqlite3").exists()  # nothing written
    monkeypatch.setattr("sys.stdin", io.StringIO("246810\n246810\n"))
    assert main(["set-pin", "--data-dir", str(tmp_path)]) == 0  # first set-up: creates the database
    with Store(tmp_path / "kiosk.sqlite3") as store:
        stored = store.get_setting(PIN_SETTING)
        assert stored is not None and "246810" not in stored and verify_pin("246810", stored)
        assert store.get_setting(LOCK_SETTING) is None
        assert ("staff PIN set", "from the command line") in [(e.action, e.detail) for e in store.audit_log()]


def test_fhir_questionnaire_prints_the_form(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.fhir_checks import parse

    assert main(["fhir", "questionnaire"]) == 0
    form = json.loads(capsys.readouterr().out)
    assert parse(form).resource_type == "Questionnaire"


def test_fhir_bundle_prints_the_bundle_of_one_file_with_its_pdf(
    intake_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import base64
    import io

    from tests.fhir_checks import parse

    assert main(["fhir", "bundle", str(intake_file), "--data-dir", str(tmp_path / "d")]) == 0
    data = json.loads(capsys.readouterr().out)
    parse(data)
    (document,) = [
        e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "DocumentReference"
    ]
    pdf = base64.b64decode(document["content"][0]["attachment"]["data"])
    assert "José Álvarez" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert main(["fhir", "bundle", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_export_fhir_writes_one_valid_bundle_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.logic.record_load import record_from_dict
    from kiosk.logic.screening import assess
    from kiosk.logic.storage import Store
    from tests.fhir_checks import foreign_codes, parse

    ids = []
    with Store(tmp_path / "kiosk.sqlite3") as store:
        for path in sorted(VIGNETTES.glob("*.json"))[:3]:
            record = record_from_dict(json.loads(path.read_text(encoding="utf-8"))["record"])
            store.submit(record, assess(record))
            ids.append(record.id)
    assert main(["export", "--format", "fhir", "--data-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    bundles = [json.loads(line) for line in lines]
    for data in bundles:
        parse(data)
        assert foreign_codes(data) == []
    assert sorted(b["identifier"]["value"] for b in bundles) == sorted(f"urn:uuid:{i}" for i in ids)
    assert main(["export", "--format", "fhir", "--data-dir", str(tmp_path), "--until", "2000-01-01"]) == 0
    assert capsys.readouterr().out == ""


def test_export_of_a_damaged_database_and_restore_are_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    from datetime import datetime

    from kiosk.logic import backup
    from kiosk.logic.draft import IntakeDraft
    from kiosk.logic.storage import Store

    database = tmp_path / "kiosk.sqlite3"
    with Store(database) as store:
        for _ in range(30):
            store.save_draft(IntakeDraft(first_name="Ana" * 50))
    backup.make_backup(database, datetime.now().astimezone())
    size = database.stat().st_size
    with database.open("r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(4096))
    assert main(["export", "--data-dir", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert "kiosk restore" in captured.err or "cannot open" in captured.err
    assert main(["restore", "--data-dir", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.strip().splitlines()) == 1 and "Restored 0 intakes" in captured.out
    with Store(database) as store:
        assert len(store.open_drafts()) == 30
    (tmp_path / "backups").rename(tmp_path / "gone")
    assert main(["restore", "--data-dir", str(tmp_path)]) == 2
    assert "no backup copies" in capsys.readouterr().err


@pytest.mark.parametrize(("stored", "words"), [(1, "Restored 1 intake from"), (2, "Restored 2 intakes from")])
def test_restore_says_how_many_intakes_in_words_that_agree(
    stored: int, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.logic import backup
    from kiosk.logic.record_load import record_from_dict
    from kiosk.logic.screening import assess
    from kiosk.logic.storage import Store

    database = tmp_path / "kiosk.sqlite3"
    with Store(database) as store:
        for path in sorted(VIGNETTES.glob("*.json"))[:stored]:
            record = record_from_dict(json.loads(path.read_text(encoding="utf-8"))["record"])
            store.submit(record, assess(record))
    backup.make_backup(database, datetime.now().astimezone())
    assert main(["restore", "--data-dir", str(tmp_path)]) == 0
    assert words in capsys.readouterr().out
