"""A second process for work that can be done beside the main one, on a machine with two cores or more (a school's
PC, the CI's runner).

``hocvuso check`` reads most of the question banks there while it reads the rest and the lessons, and
looks for near-duplicate prompts there while it runs its other checks; the build makes the files MkDocs only
copies at the end (question pools, review scripts, booklets) there while MkDocs reads and writes the pages.
The process is forked when the first job is given, so it sees everything loaded by then and nothing is sent to it
but the job's name and arguments. Without ``fork`` (Windows), on one core, under ``mkdocs serve``, or while other
threads run (forking then is unsafe), each job runs at once in the main process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

# What the jobs of the latest second process read (the loaded content): handed over by the fork, never copied.
_SHARED: list[Any] = [None]


def shared() -> Any:
    """The object given as ``shared`` to the latest :class:`SecondProcess`, for its jobs."""
    return _SHARED[0]


class SecondProcess:
    """Jobs run beside the build; :meth:`close` waits for them."""

    def __init__(self, *, allowed: bool = True, shared: Any = None) -> None:
        if shared is not None:
            _SHARED[0] = shared
        self._pool: ProcessPoolExecutor | None = None
        # Forking copies only the thread that forks: with other threads alive (a test runner driving a browser, a
        # server), a lock one of them held would stay locked in the copy. One thread, or no second process.
        if (allowed and (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()
                and threading.active_count() == 1):
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))

    @property
    def separate(self) -> bool:
        """True when jobs run in a process of their own."""
        return self._pool is not None

    def submit(self, job: Callable[..., T], *args: Any) -> Future[T]:
        """Start ``job(*args)`` (a module-level function: it is named to the other process, not copied); its
        result, or the exception it raised, comes from the future."""
        if self._pool is not None:
            return self._pool.submit(job, *args)
        done: Future[T] = Future()
        try:
            done.set_result(job(*args))
        except Exception as err:  # noqa: BLE001 (handed over as the future's exception, as from the other process)
            done.set_exception(err)
        return done

    def __enter__(self) -> SecondProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Wait for the jobs given and end the other process."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
