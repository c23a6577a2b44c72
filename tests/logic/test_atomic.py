"""The one atomic-write helper: a reader sees the old file or the whole new one, never a part, and
the file is owner-only and on disk before it gets its name."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.logic import atomic
from kiosk.logic.atomic import make_atomically, write_atomically


def test_the_target_is_replaced_whole_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")
    assert write_atomically(b"new contents", target) == target
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


def test_a_missing_folder_is_created(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "today" / "a.txt"
    write_atomically(b"x", target)
    assert target.read_bytes() == b"x"


def test_a_fill_that_fails_half_way_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "kiosk-1.sqlite3"
    target.write_bytes(b"the good copy")

    def half_then_fail(temp: Path) -> None:
        temp.write_bytes(b"half a cop")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        make_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the good copy"
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk-1.sqlite3"]


def test_the_temporary_file_sits_beside_the_target_under_the_given_name(tmp_path: Path) -> None:
    seen: list[Path] = []
    make_atomically(tmp_path / "ALERT-x.txt", seen.append, prefix=".alert-", suffix=".tmp")
    assert seen[0].parent == tmp_path
    assert seen[0].name.startswith(".alert-") and seen[0].name.endswith(".tmp")


def test_the_data_is_flushed_to_disk_before_it_gets_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.pdf"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else f"file of {os.fstat(fd).st_size} bytes"
        events.append(f"fsync {kind}")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append(f"rename to {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomically(b"12345", target)
    expected = ["fsync file of 5 bytes", "rename to a.pdf"]
    assert events == expected + (["fsync folder"] if os.name == "posix" else [])


def test_exclusive_never_replaces_a_file_and_says_which_name_it_took(tmp_path: Path) -> None:
    taken = tmp_path / "intake.pdf"
    taken.write_bytes(b"another patient")
    second = write_atomically(b"mine", taken, exclusive=True)
    third = write_atomically(b"mine too", taken, exclusive=True)
    assert (second.name, third.name) == ("intake-2.pdf", "intake-3.pdf")
    assert taken.read_bytes() == b"another patient"
    assert second.read_bytes() == b"mine" and third.read_bytes() == b"mine too"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["intake-2.pdf", "intake-3.pdf", "intake.pdf"]


def test_exclusive_without_hard_links_still_never_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError("operation not supported")  # some network shares

    monkeypatch.setattr(atomic.os, "link", no_links)
    taken = tmp_path / "intake.pdf"
    taken.write_bytes(b"another patient")
    assert write_atomically(b"mine", taken, exclusive=True) == tmp_path / "intake-2.pdf"
    assert taken.read_bytes() == b"another patient"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["intake-2.pdf", "intake.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="Windows keeps the per-user folder private by ACL")
def test_the_file_is_owner_only_from_its_first_byte(tmp_path: Path) -> None:
    modes: list[int] = []

    def fill(temp: Path) -> None:
        modes.append(stat.S_IMODE(temp.stat().st_mode))
        temp.write_bytes(b"Ana Garcia, 1968-04-02")

    old_umask = os.umask(0o022)
    try:
        target = make_atomically(tmp_path / "kiosk-1.sqlite3", fill)
    finally:
        os.umask(old_umask)
    assert modes == [0o600]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
