"""Writing into the output folder: complete files only, clear errors for unusable folders."""

from __future__ import annotations

import os

import pytest

from worksheets.errors import WorksheetsError
from worksheets.output import prepare_out_dir, sweep_partials, write_atomic


def test_atomic_write_leaves_the_file_or_nothing(tmp_path):
    write_atomic(tmp_path / "a.pdf", b"%PDF-1")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-1"
    assert oct((tmp_path / "a.pdf").stat().st_mode & 0o777) != oct(0o600), "finished files get the usual mode"

    with pytest.raises(TypeError):
        write_atomic(tmp_path / "b.pdf", object())  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_out_must_be_a_writable_folder(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(WorksheetsError, match="is a file, not a folder"):
        prepare_out_dir(tmp_path / "file")
    with pytest.raises(WorksheetsError, match="cannot create the output folder"):
        prepare_out_dir(tmp_path / "file" / "sub")
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(WorksheetsError, match="cannot write to the output folder"):
            prepare_out_dir(locked)
    finally:
        os.chmod(locked, 0o700)


def test_sweep_removes_only_partials(tmp_path):
    (tmp_path / ".partial-x.pdf").write_bytes(b"half")
    (tmp_path / "done.pdf").write_bytes(b"%PDF")
    sweep_partials(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["done.pdf"]


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    import errno

    from click.testing import CliRunner

    from worksheets import output
    from worksheets.cli import main

    class FullDisk:
        def __init__(self, fd, mode):
            os.close(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fdopen", FullDisk)
    result = CliRunner().invoke(main, ["build", "partner-guide", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"Error: cannot write {tmp_path / 'partner-guide.pdf'}: the disk is full" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_named(tmp_path):
    (tmp_path / "partner-guide.pdf").mkdir()
    with pytest.raises(WorksheetsError, match="a folder of that name is in the way"):
        write_atomic(tmp_path / "partner-guide.pdf", b"%PDF")
