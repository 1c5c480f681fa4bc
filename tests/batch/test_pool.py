"""Worker pools: inline for one job, processes (fork or spawn) for more, stopped at once on request."""

from __future__ import annotations

import os
import time

import pytest

from worksheets.batch.pool import Inline, Workers, make_pool


def test_inline_reports_a_failure_through_its_future():
    future = Inline().submit(int, "not a number")
    with pytest.raises(ValueError):
        future.result()
    assert Inline().submit(sum, [1, 2]).result() == 3


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_run_tasks_in_other_processes(method):
    pool = make_pool(2, method)
    assert isinstance(pool, Workers)
    try:
        pids = {pool.submit(os.getpid).result(timeout=60) for _ in range(4)}
        assert os.getpid() not in pids
    finally:
        pool.close()


def test_stop_ends_running_tasks_at_once():
    pool = Workers(2, "fork")
    pids = {pool.submit(os.getpid).result(timeout=60) for _ in range(6)}
    futures = [pool.submit(time.sleep, 30) for _ in range(2)]
    time.sleep(0.5)
    started = time.monotonic()
    pool.stop()
    assert time.monotonic() - started < 10
    assert all(f.done() for f in futures)
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
