"""threading's locks and waits (Lock, RLock, Condition, Semaphore,
BoundedSemaphore, Event, Barrier) for scopewalk: a wait goes through
_threading_core.wait, which runs parked threads, parks the waiting thread,
or says it would wait forever."""

import collections as _collections
import _threading_core as _core


def get_ident():
    return _core.current()._ident


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("timeout value must be a non-negative number")


class lock:
    """A non-reentrant lock (threading.Lock)."""
    __module__ = '_thread'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if not _core.wait(lambda: not self._locked, "acquire()", "the lock is held",
                          "release it", timeout if timeout >= 0 else None):
            return False
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s _thread.lock object at %#x>' % (
            'locked' if self._locked else 'unlocked', id(self))


Lock = lock
_LockType = lock
_allocate_lock = lock


class RLock:
    """A reentrant lock: the thread that holds it may acquire it again."""
    __module__ = '_thread'

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        if not _core.wait(lambda: self._count == 0, "acquire()", "another thread holds the lock",
                          "release it", timeout if timeout >= 0 else None):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s _thread.RLock object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', self._owner or 0,
            self._count, id(self))


_RLock = RLock


class Condition:
    """Condition(lock=None): wait()/notify() around a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _collections.deque()
        self._notifies = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        if isinstance(self._lock, lock):
            return self._lock.locked()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        lk = self._lock
        if isinstance(lk, RLock):
            saved = (lk._owner, lk._count)
            lk._owner, lk._count = None, 0
            return saved
        lk.release()
        return None

    def _acquire_restore(self, saved):
        lk = self._lock
        if isinstance(lk, RLock):
            lk._owner, lk._count = saved
        elif isinstance(lk, lock):
            lk._locked = True
        else:
            lk.acquire()

    def _wait(self, ready, what, state_text, timeout):
        saved = self._release_save()
        try:
            return _core.wait(ready, what, state_text, "notify()", timeout)
        finally:
            self._acquire_restore(saved)

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        seen = self._notifies
        return self._wait(lambda: self._notifies != seen, "wait()",
                          "nothing was notified", timeout)

    def wait_for(self, predicate, timeout=None):
        # CPython's loop; a wait with a timeout does not sleep here, so the
        # predicate is tried once more after it and the loop ends.
        result = predicate()
        while not result:
            self.wait(timeout)
            result = predicate()
            if timeout is not None:
                break
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        self._notifies += 1
        _core.note_effect()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """Semaphore(value=1): acquire() takes one, release(n) gives n back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (
            type(self).__module__, type(self).__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if not _core.wait(lambda: self._value > 0, "acquire()", "the semaphore is at 0",
                          "release it", timeout):
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n
        _core.note_effect()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (
            type(self).__module__, type(self).__qualname__, id(self),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n
        _core.note_effect()


class Event:
    """A flag: set(), clear(), is_set(), wait()."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (
            type(self).__module__, type(self).__qualname__, id(self),
            'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        self._flag = True
        _core.note_effect()

    def clear(self):
        self._flag = False
        _core.note_effect()

    def wait(self, timeout=None):
        return _core.wait(lambda: self._flag, "wait()", "the event is not set",
                          "set it", timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Barrier(parties, action=None, timeout=None): parties threads meet at wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        if self._broken:
            return "<%s.%s at %#x: broken>" % (
                type(self).__module__, type(self).__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            type(self).__module__, type(self).__qualname__, id(self),
            self._count, self._parties)

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        if index + 1 < self._parties:
            self._count += 1
            gen = self._generation
            if timeout is None:
                timeout = self._timeout
            try:
                ok = _core.wait(lambda: self._generation != gen or self._broken, "wait()",
                                "%d of the %d parties arrived" % (index + 1, self._parties),
                                "reach the barrier", timeout)
            except _core._Parked:
                self._count -= 1
                raise
            if not ok:
                self._broken = True
            if self._broken:
                raise BrokenBarrierError
            return index
        self._count = 0
        self._generation += 1
        if self._action:
            try:
                self._action()
            except:
                self._broken = True
                raise
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


