"""Server processes that stop with the process that started them.

``opencme serve`` starts granian's main process and the task worker; granian's main process
forks its workers. Nothing in that chain notices when the process above it is killed with
SIGKILL (no handler runs), so a killed ``serve`` used to leave granian serving on the port,
and a killed granian its workers. On Linux each child asks the kernel for a parent-death signal
(``prctl(PR_SET_PDEATHSIG)``): ``serve``'s children are sent SIGTERM (granian then stops its
workers, within its kill timeout), and granian's workers SIGKILL (with their supervisor gone
nobody else would stop them). Elsewhere these are no-ops.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from functools import cache
from typing import Any

PR_SET_PDEATHSIG = 1


@cache
def _prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    return ctypes.CDLL(None, use_errno=True).prctl


def die_with_parent(sig: int, *, parent_pid: int) -> None:
    """Have the kernel send ``sig`` to this process when its parent dies; send it now when
    the parent (``parent_pid``) is already gone (it died before this call)."""
    prctl = _prctl()
    if prctl is None:
        return
    if prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent_pid:
        os.kill(os.getpid(), sig)


def stops_with_this_process(sig: int = signal.SIGTERM) -> Callable[[], None]:
    """A ``preexec_fn`` for ``subprocess.Popen``: the child is sent ``sig`` when this process
    dies. (Built here, before the fork: the child only makes one system call.)"""
    parent_pid = os.getpid()
    _prctl()

    def preexec() -> None:
        die_with_parent(sig, parent_pid=parent_pid)

    return preexec


def application() -> Any:
    """granian's application factory (``--factory``), called in each worker process: the
    worker dies with granian's main process, then it loads the site's WSGI application."""
    # A worker is forked with the main process's signal handlers, which only set a flag in
    # the main process: a SIGTERM arriving before the worker sets its own would be lost.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = multiprocessing.parent_process()
    if parent is not None and parent.pid is not None:
        die_with_parent(signal.SIGKILL, parent_pid=parent.pid)
    from config.wsgi import application as wsgi_application

    return wsgi_application
