"""Workshop batches run off the request thread, in a temporary folder, with their progress kept here."""

from __future__ import annotations

import io
import re
import secrets
import shutil
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from worksheets.batch import BatchOptions, run_batch
from worksheets.errors import WorksheetsError
from worksheets.session import Session
from worksheets.web.config import WebConfig


@dataclass
class Job:
    """One workshop batch: its folder, how far it got, and what went wrong."""

    id: str
    folder: Path
    started: float = field(default_factory=time.time)
    total: int = 0
    done: int = 0
    finished: bool = False
    error: str | None = None  # the whole batch could not run (a roster without a name column)
    failed: list[str] = field(default_factory=list)  # "line 4: what is wrong" for each failed row
    built: int = 0
    skipped: int = 0
    combined: bool = False

    @property
    def out(self) -> Path:
        return self.folder / "packets"

    def status(self) -> dict:
        return {
            "total": self.total,
            "done": self.done,
            "finished": self.finished,
            "error": self.error,
            "failed": self.failed,
            "built": self.built,
        }


class Jobs:
    """The batches of one server. A job's id is random: it never names a file."""

    def __init__(self, config: WebConfig):
        self.config = config
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def new(self) -> Job:
        """Make a job and its temporary folder (for the uploaded roster and the packets)."""
        self.forget_old()
        folder = Path(tempfile.mkdtemp(prefix="worksheets-workshop-"))
        job = Job(secrets.token_urlsafe(16), folder)
        with self._lock:
            self._jobs[job.id] = job
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def start(
        self, job: Job, session: Session, options: BatchOptions, shown_names: dict[str, tuple[str, int]]
    ) -> None:
        """Run the batch in a thread; ``shown_names`` puts temporary paths in the user's words."""
        thread = threading.Thread(target=self._run, args=(job, session, options, shown_names), daemon=True)
        thread.start()

    def _run(
        self, job: Job, session: Session, options: BatchOptions, shown_names: dict[str, tuple[str, int]]
    ) -> None:
        def on_start(total: int) -> None:
            job.total = total

        def on_done(_outcome) -> None:
            job.done += 1

        try:
            result = run_batch(session, options, on_done=on_done, on_start=on_start)
        except WorksheetsError as exc:
            job.error = plain_paths(exc.message, job.folder, shown_names)
        else:
            job.built, job.skipped = result.count("built"), result.count("skipped")
            job.combined = result.combined is not None
            job.failed = [
                plain_paths(f"{o.row.where}: {o.error}", job.folder, shown_names)
                for o in result.outcomes
                if o.status == "failed"
            ]
            if result.problem:
                job.error = plain_paths(result.problem, job.folder, shown_names)
        finally:
            job.finished = True

    def zipped(self, job: Job) -> bytes:
        """Return the packets, the combined file and the manifest in one zip."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(job.out.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    archive.write(path, path.relative_to(job.out).as_posix())
        return buffer.getvalue()

    def remove(self, job: Job) -> None:
        with self._lock:
            self._jobs.pop(job.id, None)
        shutil.rmtree(job.folder, ignore_errors=True)

    def forget_old(self) -> None:
        """Remove finished jobs older than the config's limit, with their files."""
        limit = time.time() - self.config.keep_jobs_seconds
        with self._lock:
            old = [j for j in self._jobs.values() if j.finished and j.started < limit]
        for job in old:
            self.remove(job)

    def remove_all(self) -> None:
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            self.remove(job)


def plain_paths(message: str, folder: Path, shown_names: dict[str, tuple[str, int]]) -> str:
    """Say "roster.csv line 4" instead of a temporary file's full path.

    ``shown_names`` maps a file's name in the job's folder to what the user calls
    it and how many lines were added before theirs (a header row for pasted names).
    """
    message = message.replace(str(folder) + "/", "")
    for name, (shown, added) in shown_names.items():
        message = re.sub(
            rf"\b{re.escape(name)}:(\d+)",
            lambda m, s=shown, a=added: f"{s} line {int(m.group(1)) - a}",
            message,
        )
        message = message.replace(name, shown)
    return message
