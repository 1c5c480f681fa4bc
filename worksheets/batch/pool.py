"""Run tasks in worker processes (or inline for --jobs 1), and stop them at once when asked."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor

from worksheets.batch.tasks import start_worker


class Inline:
    """Runs tasks in this process: --jobs 1 needs no pool."""

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # reported per participant, like a worker's failure
            future.set_exception(exc)
        return future

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


class Workers:
    """A pool of worker processes, started with the platform's method or the one asked for.

    Each worker reports its process id when it starts, so that ``stop`` can end
    them at once with public APIs only (a pool's shutdown waits for running tasks).
    """

    def __init__(self, jobs: int, start_method: str | None = None):
        context = multiprocessing.get_context(start_method)
        self._pids = context.SimpleQueue()
        self._executor = ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=start_worker, initargs=(self._pids,)
        )

    def submit(self, fn, *args) -> Future:
        return self._executor.submit(fn, *args)

    def stop(self) -> None:
        """Stop every worker now: unfinished tasks are dropped (their files are never half-written)."""
        while not self._pids.empty():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pids.get(), signal.SIGTERM)
        # The executor sees its workers gone, fails their futures and reaps them.
        self._executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Let the workers finish and exit."""
        self._executor.shutdown(wait=True, cancel_futures=True)


def make_pool(jobs: int, start_method: str | None = None) -> Inline | Workers:
    return Inline() if jobs <= 1 else Workers(jobs, start_method)
