"""A time budget for one page: a page that runs over it raises :class:`PageTimeout`.

The budget is counted in CPU time (``ITIMER_PROF``: user and system time of the process)
by a timer armed around the work, in the process that does it: the CLI's own process with
``-j 1``, each worker with ``-j N``. CPU time, not wall-clock time, so that whether a page
is over budget does not depend on how busy the machine is. Python checks for the signal
between bytecodes and inside regular-expression matching, so a stage stuck in a loop or in
catastrophic backtracking is interrupted; the worker then goes on with the next page.
Signals can only be handled on the main thread: elsewhere (a library user's thread) the
budget is not enforced, and :func:`can_enforce` says so.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from cleaner.errors import CleanerError

#: Default budget per page, in CPU seconds, for ``cleaner clean``. The slowest of the 613
#: development pages takes 0.25 s on the text route and 0.2 s on the HTML route; the first
#: page with a date without a year takes 1.6 s more, once per process, while dateparser
#: loads its locales. 5 s leaves room for all of that on a slower machine.
DEFAULT_PAGE_TIMEOUT = 5.0
#: CPU seconds between two PageTimeout signals after the budget is spent, for code that
#: catches the first one.
REPEAT_INTERVAL = 0.5


class PageTimeout(CleanerError):
    """Cleaning one page took longer than its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"cleaning took longer than the page time budget of {seconds:g} s of CPU time;"
            " raise it with --page-timeout if the page is legitimately slow"
        )
        self.seconds = seconds


def can_enforce() -> bool:
    """Whether a budget can be enforced here: POSIX, on the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the block when it uses more than ``seconds`` of CPU.

    ``None`` (or a thread where signals cannot be handled) means no budget. The previous
    ``SIGPROF`` handler is restored afterwards; budgets do not nest.
    """
    if seconds is None or not can_enforce():
        yield
        return
    budget = seconds

    def expired(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout(budget)

    previous = signal.signal(signal.SIGPROF, expired)
    # The timer repeats: library code that swallows the first PageTimeout (a broad ``except
    # Exception``) gets another one, until the block is left.
    signal.setitimer(signal.ITIMER_PROF, seconds, min(seconds, REPEAT_INTERVAL))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
