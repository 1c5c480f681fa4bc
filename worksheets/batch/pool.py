"""Run tasks in worker processes (or inline for --jobs 1), and stop them at once when asked."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
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
                os.kill(self._pids.get(), signal.SIGKILL)  # files are written atomically: nothing half-done
        # The executor sees its workers gone, fails their futures and reaps them.
        self._executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Let the workers finish and exit."""
        self._executor.shutdown(wait=True, cancel_futures=True)


class Stopped(BaseException):  # like KeyboardInterrupt: no "except Exception" swallows it
    """The run was asked to stop: Ctrl-C (SIGINT) or SIGTERM (``kill``, ``timeout``, a closing session)."""

    def __init__(self, reason: str, exit_code: int):
        super().__init__(reason)
        self.reason, self.exit_code = reason, exit_code


@contextlib.contextmanager
def stop_signals():
    """Turn Ctrl-C and SIGTERM into ``Stopped`` while the block runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum, frame):
        raise Stopped("stopped (SIGTERM)", 128 + signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    except KeyboardInterrupt:
        raise Stopped("interrupted", 130) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


def make_pool(jobs: int, start_method: str | None = None) -> Inline | Workers:
    return Inline() if jobs <= 1 else Workers(jobs, start_method)
