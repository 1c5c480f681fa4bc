"""Write files into the output folder safely: complete files only."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from worksheets.errors import WorksheetsError

_UMASK = os.umask(0)
os.umask(_UMASK)


def prepare_out_dir(out: Path) -> Path:
    """Create the output folder if needed and check it is writable, before any rendering."""
    if out.exists() and not out.is_dir():
        raise WorksheetsError(f"--out {out} is a file, not a folder; choose a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorksheetsError(
            f"cannot create the output folder {out}: {exc.strerror}; choose another with --out"
        ) from None
    if not os.access(out, os.W_OK):
        raise WorksheetsError(f"cannot write to the output folder {out}; choose another with --out")
    return out


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it when complete.

    A full disk, a folder in the way or a missing folder is a one-line error,
    and nothing partial is left behind.
    """
    if path.is_dir():
        raise WorksheetsError(f"cannot write {path}: a folder of that name is in the way; move or rename it")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".partial-", suffix=path.suffix)
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; finished files get the usual mode
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from None
        raise


def _write_error(path: Path, exc: OSError) -> WorksheetsError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        fix = "the disk is full; free some space or choose another folder with --out"
    elif isinstance(exc, FileNotFoundError):
        fix = f"the folder {path.parent} does not exist; create it or choose another"
    elif isinstance(exc, IsADirectoryError):
        fix = "a folder of that name is in the way; move or rename it"
    elif isinstance(exc, PermissionError):
        fix = "permission denied; choose a folder you can write to"
    else:
        fix = exc.strerror or str(exc)
    return WorksheetsError(f"cannot write {path}: {fix}")


def sweep_partials(out: Path) -> None:
    """Remove temporary files left by an interrupted run (never complete PDFs)."""
    for stale in out.glob(".partial-*"):
        stale.unlink(missing_ok=True)
