"""Workshop jobs: messages in the user's words, files removed when done."""

from __future__ import annotations

import time
from pathlib import Path

from worksheets.web.jobs import Jobs, plain_paths


def test_messages_name_the_users_file_and_line_not_a_temporary_path():
    folder = Path("/tmp/worksheets-workshop-abc")
    message = f"{folder}/pasted-rows.csv:4: name: contains control characters"
    assert plain_paths(message, folder, {"pasted-rows.csv": ("pasted rows", 1)}) == (
        "pasted rows line 3: name: contains control characters"
    )
    assert plain_paths(f"{folder}/roster.csv: no name column", folder, {"roster.csv": ("group.csv", 0)}) == (
        "group.csv: no name column"
    )


def test_a_jobs_folder_is_removed_when_taken_or_when_old(config):
    jobs = Jobs(config)
    job = jobs.new()
    assert job.folder.is_dir() and jobs.get(job.id) is job
    jobs.remove(job)
    assert not job.folder.exists() and jobs.get(job.id) is None
    old = jobs.new()
    old.finished, old.started = True, time.time() - config.keep_jobs_seconds - 1
    running = jobs.new()
    running.started = old.started  # still running: kept, however long it takes
    jobs.forget_old()
    assert jobs.get(old.id) is None and not old.folder.exists()
    assert jobs.get(running.id) is running
    jobs.remove_all()
    assert not running.folder.exists()
