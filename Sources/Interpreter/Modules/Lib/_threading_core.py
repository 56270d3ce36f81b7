"""How scopewalk runs threads on its one real thread (used by threading,
_threading_sync and queue).

A started thread runs at once, to its end, inside start() ("eagerly": what
CPython usually does with a short thread). When a thread must wait for
something that has not happened (an empty queue's get(), an unset Event, a
held Lock, a Condition not notified, a Barrier short of its parties), the
threads parked earlier get their turn; if that does not help:
  - a thread that has changed nothing yet besides printing (no item taken
    from or put on a queue, no event set, no notify) is *parked*: it is
    unwound and will be started again from its beginning the next time some
    thread waits (join(), Queue.join(), get(), Event.wait()...) or when the
    program ends; the output it already printed is not printed again;
  - a daemon thread that did change something is left waiting forever
    (alive, silent), as CPython leaves it when the program ends;
  - otherwise the wait raises RuntimeError saying it would wait forever.
The main thread's waits never park: they run the parked threads and then
return, or raise that RuntimeError (with a timeout they return False).
"""

import sys as _sys


class _Parked(BaseException):
    """Unwinds a thread that must wait and can be started again later."""


class _Abandoned(BaseException):
    """Unwinds a daemon thread that would wait forever."""


running = []        # threads whose run() is on the stack, innermost last
parked = []         # threads unwound to be started again, in start order
alive = []          # started threads not finished (running, parked, abandoned)
main = [None]       # the main thread, set by threading
state = {'shutting_down': False}


def current():
    return running[-1] if running else main[0]


def forever(what, state_text, action):
    if callable(state_text):
        state_text = state_text()
    if callable(action):
        action = action()
    return RuntimeError(
        "%s would wait forever: %s and scopewalk runs one thread at a time, "
        "so no other thread can %s" % (what, state_text, action))


def note_effect():
    """The running thread changed shared state: it cannot be restarted."""
    if running:
        running[-1]._effects += 1


def run_parked():
    """Gives each parked thread (not on the stack) another start."""
    for t in list(parked):
        if t in parked and t not in running:
            parked.remove(t)
            t._attempt()


def wait(ready, what, state_text, action, timeout=None):
    """Waits until ready() is true; see the module's docstring."""
    if ready():
        return True
    run_parked()
    if ready():
        return True
    if timeout is not None:
        return False
    t = current()
    if t is not main[0]:
        if t._effects == 0 and not state['shutting_down']:
            t._why = (what, state_text, action)
            raise _Parked
        if t._daemonic:
            raise _Abandoned
    raise forever(what, state_text, action)


class Counted:
    """Stands for sys.stdout/sys.stderr while a thread runs: counts its
    writes and drops those an earlier attempt of the thread already made."""

    def __init__(self, target, thread):
        self._target = target
        self._thread = thread

    def write(self, s):
        t = self._thread
        t._writes += 1
        if t._writes <= t._skip:
            return len(s)
        return self._target.write(s)

    def flush(self):
        return self._target.flush()

    def __getattr__(self, name):
        return getattr(self._target, name)


def unwrap(stream):
    while isinstance(stream, Counted):
        stream = stream._target
    return stream
