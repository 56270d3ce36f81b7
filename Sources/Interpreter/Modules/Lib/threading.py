"""threading for scopewalk, which runs one thread.

Thread.start() runs the thread's run() to completion at once, in the
starting thread, then returns; join() returns at once. For the usual lesson
(start a few short threads, join them, print what they made) the output is
CPython's. Names ("Thread-1 (target)"), reprs, daemon, ident, the errors of
start/join, current_thread() inside a target, and "Exception in thread ..."
on stderr (the program goes on) are CPython 3.13's.

Deliberate differences (nothing can run "meanwhile"):
  - is_alive() is False once start() has returned (the thread has finished);
  - a wait that only another thread could end (Lock.acquire() of a held lock,
    Event.wait(), Condition.wait(), Semaphore.acquire() at 0, Barrier.wait()
    short of its parties, all without a timeout) raises RuntimeError saying
    so instead of hanging; with a timeout it gives up at once (no sleep);
  - Timer(interval, f).start() calls f at once, without sleeping.
Leaves out: settrace/setprofile do nothing, stack_size is fixed.
"""

import sys as _sys
import collections as _collections

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_MAIN_IDENT = 140245785941824
_MAIN_NATIVE = 4217
_idents = [0]


def _forever(what, state, action):
    return RuntimeError(
        "%s would wait forever: %s and scopewalk runs one thread at a time, "
        "so no other thread can %s" % (what, state, action))


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
        if not blocking or timeout >= 0:
            return False
        raise _forever("acquire()", "the lock is already held", "release it")

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
        if not blocking or timeout >= 0:
            return False
        raise _forever("acquire()", "another thread holds the lock", "release it")

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

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _forever("wait()", "no timeout was given", "notify()")
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _forever("wait_for()", "the predicate is false", "make it true")
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

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
        if not blocking or timeout is not None:
            return False
        raise _forever("acquire()", "the semaphore is at 0", "release it")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

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

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _forever("wait()", "the event is not set", "set it")
        return False


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
            if timeout is None and self._timeout is None:
                raise _forever("wait()", "%d of the %d parties arrived" % (index + 1, self._parties), "reach the barrier")
            self._broken = True
            raise BrokenBarrierError
        self._count = 0
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


_counter = [0]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


_running = []          # the threads whose run() is on the stack, innermost last


class _ExceptHookArgs(tuple):
    __module__ = '_thread'

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, '
                'exc_traceback=%r, thread=%r)' % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Prints a thread's uncaught exception on sys.stderr."""
    if args.exc_type is SystemExit:
        return
    import traceback
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)

    In scopewalk start() runs the thread to its end before it returns."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Runs the thread: in scopewalk, to its end, before returning."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        _idents[0] += 1
        self._ident = _MAIN_IDENT - 8392704 * _idents[0]
        self._native_id = _MAIN_NATIVE + _idents[0]
        self._started = True
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        _running.append(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            hook = excepthook
            try:
                hook(_ExceptHookArgs((type(e), e, e.__traceback__, self)))
            finally:
                e = None
        finally:
            _running.remove(self)
            self._is_stopped = True

    def run(self):
        """What the thread does: calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Waits for the thread to end: in scopewalk it already has."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class Timer(Thread):
    """Timer(interval, function, args=None, kwargs=None): in scopewalk,
    start() calls function at once (no sleep) unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    pass


def _make_main():
    t = _MainThread.__new__(_MainThread)
    t._target = None
    t._name = "MainThread"
    t._args = ()
    t._kwargs = {}
    t._daemonic = False
    t._started = True
    t._is_stopped = False
    t._initialized = True
    t._ident = _MAIN_IDENT
    t._native_id = _MAIN_NATIVE
    t._stderr = _sys.stderr
    return t


_main_thread = _make_main()


def current_thread():
    """The Thread object of the code now running."""
    return _running[-1] if _running else _main_thread


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def main_thread():
    return _main_thread


def get_ident():
    return current_thread()._ident


def get_native_id():
    return current_thread()._native_id


def active_count():
    """Threads alive: the main thread and those whose run() is under way."""
    return 1 + len(_running)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    return [_main_thread] + list(_running)


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class _local:
    """Thread-local data: each thread sees its own attributes."""
    __module__ = '_thread'

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        key = get_ident()
        d = dicts.get(key)
        if d is None:
            d = dicts[key] = {}
            cls = type(self)
            if cls.__init__ is not object.__init__:
                args, kw = object.__getattribute__(self, '_local__args')
                cls.__init__(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name == '__dict__':
            return object.__getattribute__(self, '_local__dict')()
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_local__dict')()
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        cls = type(self)
        if hasattr(cls, name) and hasattr(getattr(cls, name), '__set__'):
            return object.__setattr__(self, name, value)
        object.__getattribute__(self, '_local__dict')()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__dict')()
        if name not in d:
            raise AttributeError(name)
        del d[name]


local = _local
