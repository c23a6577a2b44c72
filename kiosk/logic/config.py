"""Clinic settings and where the kiosk keeps its files.

Resolved once at start-up (command line > environment > per-user default) and passed into
constructors; nothing here runs at import time.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kiosk.logic.atomic import write_atomically
from kiosk.logic.filenames import FilePatternError, check_pattern
from kiosk.logic.vocab import Language

APP_DIR_NAME = "HeelKiosk"
PAPER_SIZES = ("letter", "a4")
MAX_TIMER_SECONDS = (2**31 - 1) // 1000
"""The longest idle, countdown or thank-you time: the screen's timers count milliseconds in 32 bits,
and a longer time would stop the kiosk at start."""


class ConfigError(ValueError):
    """A settings file that cannot be used; the message names the key and the bad value."""


@dataclass(frozen=True)
class Settings:
    clinic_name: str = "Clinic"
    output_dir: str = ""
    """Where PDFs and staff alerts go; empty means `<data dir>/reports`."""
    paper: str = "letter"
    pdf_name_pattern: str = "intake-{date}-{time}-{short_id}.pdf"
    idle_seconds: int = 90
    idle_countdown_seconds: int = 30
    done_reset_seconds: int = 20
    default_language: str = Language.EN.value
    retention_days: int = 30
    """Stored intakes are purged this many days after their PDF (and FHIR send) was delivered; 0
    keeps them. The kiosk is not the clinic's record (the PDF and the chart are), and a stolen
    waiting-room tablet should not hold years of names and answers."""
    kiosk_mode: bool = False
    on_screen_keyboard: bool = True
    """The kiosk's own keyboard slides in for text fields; off for a PC with a real keyboard."""
    fhir_base_url: str = ""
    """The clinic's FHIR R4 server (its base URL, where transaction Bundles are POSTed); empty: off."""
    fhir_token_file: str = ""
    """A file holding the bearer token the server wants, read at each send; empty: no token."""

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES:
            raise ConfigError(f"paper: {self.paper!r} is not one of {', '.join(PAPER_SIZES)}")
        if self.default_language not in {lang.value for lang in Language}:
            known = ", ".join(lang.value for lang in Language)
            raise ConfigError(f"default_language: {self.default_language!r} is not one of {known}")
        for name in ("idle_seconds", "idle_countdown_seconds", "done_reset_seconds"):
            if not 1 <= getattr(self, name) <= MAX_TIMER_SECONDS:
                raise ConfigError(f"{name}: must be from 1 to {MAX_TIMER_SECONDS}")
        if self.retention_days < 0:
            raise ConfigError("retention_days: must be 0 (keep) or more")
        if not self.clinic_name.strip():
            raise ConfigError("clinic_name: must not be empty")
        if self.fhir_base_url and not self.fhir_base_url.startswith(("http://", "https://")):
            raise ConfigError(f"fhir_base_url: {self.fhir_base_url!r} is not an http:// or https:// URL")
        if self.fhir_token_file and not self.fhir_base_url:
            raise ConfigError("fhir_token_file: set fhir_base_url too (the token is for that server)")
        try:
            check_pattern(self.pdf_name_pattern)
        except FilePatternError as error:
            raise ConfigError(str(error)) from None


def settings_from_mapping(data: Mapping[str, Any]) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{key}: unknown setting")
        expected = type(getattr(Settings(), key))
        if type(value) is not expected:
            raise ConfigError(f"{key}: expected {expected.__name__}, got {value!r}")
        values[key] = value
    return replace(Settings(), **values)


def load_settings(path: Path) -> Settings:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
    return settings_from_mapping(data)


def default_data_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user data folder: %LOCALAPPDATA% on Windows, XDG data home elsewhere."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME.lower()


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    database: Path
    output_dir: Path
    log_dir: Path
    config_file: Path


def resolve(
    data_dir: Path | None = None,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> tuple[Settings, Paths]:
    """Settings and paths from the command line, then the environment, then the defaults."""
    env = os.environ if env is None else env
    if data_dir is None and env.get("KIOSK_DATA_DIR"):
        data_dir = Path(env["KIOSK_DATA_DIR"])
    data_dir = (data_dir or default_data_dir(env)).expanduser()
    if config_file is None and env.get("KIOSK_CONFIG"):
        config_file = Path(env["KIOSK_CONFIG"])
    default_config = data_dir / "kiosk.toml"
    if config_file is not None:
        settings = load_settings(config_file)
    elif default_config.is_file():
        settings = load_settings(default_config)
    else:
        settings = Settings()
    output = Path(settings.output_dir).expanduser() if settings.output_dir else data_dir / "reports"
    paths = Paths(
        data_dir=data_dir,
        database=data_dir / "kiosk.sqlite3",
        output_dir=output,
        log_dir=data_dir / "logs",
        config_file=config_file or default_config,
    )
    return settings, paths


def settings_to_toml(settings: Settings) -> str:
    """The settings file text; strings are written as JSON strings, which TOML reads as-is once
    DEL is escaped too (JSON leaves it raw, TOML refuses it, and the kiosk would not start)."""
    lines = ["# Heel-pain intake kiosk settings (written by the staff screen)."]
    for item in fields(Settings):
        value = getattr(settings, item.name)
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, int):
            text = str(value)
        else:
            text = json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
        lines.append(f"{item.name} = {text}")
    return "\n".join(lines) + "\n"


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically, so a power cut never leaves a half-written settings file."""
    write_atomically(settings_to_toml(settings).encode("utf-8"), path)
