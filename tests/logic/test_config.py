"""Settings come from the command line, then the environment, then per-user defaults."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.logic.config import ConfigError, Settings, default_data_dir, load_settings, resolve, save_settings


def test_defaults_put_everything_in_the_data_folder(tmp_path: Path) -> None:
    settings, paths = resolve(tmp_path, env={})
    assert settings == Settings()
    assert paths.database == tmp_path / "kiosk.sqlite3"
    assert paths.output_dir == tmp_path / "reports"
    assert paths.log_dir == tmp_path / "logs"


def test_per_user_folder_by_platform(tmp_path: Path) -> None:
    assert default_data_dir({"LOCALAPPDATA": str(tmp_path)}, "win32") == tmp_path / "HeelKiosk"
    assert default_data_dir({"XDG_DATA_HOME": str(tmp_path)}, "linux") == tmp_path / "heelkiosk"


def test_environment_is_used_when_the_command_line_is_silent(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text('clinic_name = "Spine Centre"\npaper = "a4"\noutput_dir = "%s"\n' % (tmp_path / "pdfs"))
    settings, paths = resolve(env={"KIOSK_DATA_DIR": str(tmp_path / "d"), "KIOSK_CONFIG": str(config)})
    assert paths.data_dir == tmp_path / "d"
    assert settings.clinic_name == "Spine Centre"
    assert settings.paper == "a4"
    assert paths.output_dir == tmp_path / "pdfs"
    other = tmp_path / "cli"
    _settings, paths = resolve(other, env={"KIOSK_DATA_DIR": str(tmp_path / "d")})
    assert paths.data_dir == other


def test_a_config_file_in_the_data_folder_is_picked_up(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text("idle_seconds = 45\n")
    settings, _paths = resolve(tmp_path, env={})
    assert settings.idle_seconds == 45


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("colour = 1\n", "colour: unknown setting"),
        ('paper = "legal"\n', "paper: 'legal'"),
        ('idle_seconds = "90"\n', "idle_seconds: expected int"),
        ("idle_seconds = 0\n", "idle_seconds: must be from 1 to"),
        ('default_language = "fr"\n', "default_language: 'fr'"),
        ("retention_days = -1\n", "retention_days"),
        ("paper = \n", "not valid TOML"),
        ('fhir_base_url = "hapi.local/fhir"\n', "fhir_base_url: 'hapi.local/fhir' is not an http"),
        ('fhir_token_file = "/etc/kiosk/token"\n', "fhir_token_file: set fhir_base_url too"),
    ],
)
def test_bad_settings_say_which_key(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=words):
        load_settings(path)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "nope.toml")


def test_saved_settings_read_back_identically(tmp_path: Path) -> None:
    settings = Settings(clinic_name='Dr "Zoë" Ruiz\\Clinic', paper="a4", idle_seconds=60, kiosk_mode=True)
    path = tmp_path / "kiosk.toml"
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert not list(tmp_path.glob(".*.tmp"))


def test_any_clinic_name_staff_can_type_reads_back_even_control_characters(tmp_path: Path) -> None:
    name = "Clinic " + "".join(chr(code) for code in [*range(1, 32), 127, 128, 159, 0x2028]) + " end"
    settings = Settings(clinic_name=name)
    path = tmp_path / "kiosk.toml"
    save_settings(settings, path)
    assert load_settings(path) == settings


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("intake-{date}.pdf", "must contain {id}, or {short_id} with {date}"),
        ("intake-{short_id}.pdf", "must contain {id}, or {short_id} with {date}"),
        ("{name}-{id}.pdf", "{name} is not one of"),
        ("{id!r}.pdf", "is not one of"),
        ("{id", "pdf_name_pattern"),
    ],
)
def test_a_pdf_name_pattern_must_name_only_known_fields_and_tell_intakes_apart(
    pattern: str, words: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(words)):
        Settings(pdf_name_pattern=pattern)


def test_a_timer_longer_than_the_screen_can_count_is_refused_with_its_name() -> None:
    with pytest.raises(ConfigError, match=r"idle_seconds: must be from 1 to 2147483"):
        Settings(idle_seconds=3_000_000)
