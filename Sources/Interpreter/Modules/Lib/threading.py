"""threading for scopewalk, which runs one thread at a time.

Thread.start() runs the thread at once, to its end, then returns (as CPython
usually runs a short thread before the starting thread goes on), so the
usual lessons print what CPython prints: start a few threads and join them;
a worker whose loop starts with queue.get() and a producer that fills the
queue; a thread waiting on an Event another sets. Names ("Thread-1
(target)"), reprs, daemon, ident, the errors of start/join,
current_thread() inside a target, and "Exception in thread ..." on stderr
(the program goes on) are CPython 3.13's.

How waits work (see _threading_core): a thread that must wait before it has
changed anything is parked and started again from its beginning when some
thread next waits (its earlier output is not printed twice, but changes it
made to shared data before waiting are made again); a daemon thread that
waits forever stays silently alive; a wait nothing can end raises
RuntimeError ("... would wait forever ...") instead of hanging. Waits with a
timeout do not sleep. Timer(interval, f).start() calls f at once.
Output of threads that CPython would interleave (time.sleep() in threads)
comes one thread after the other here.
Leaves out: settrace/setprofile do nothing, stack_size is fixed.
"""

import sys as _sys
import _threading_core as _core
from _threading_sync import (lock, Lock, _LockType, _allocate_lock, RLock,
                             _RLock, Condition, Semaphore, BoundedSemaphore,
                             Event, Barrier, BrokenBarrierError)

for _cls in (Condition, Semaphore, BoundedSemaphore, Event, Barrier,
             BrokenBarrierError):
    _cls.__module__ = 'threading'
del _cls

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


_counter = [0]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


_running = _core.running      # the threads whose run() is on the stack, innermost last


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
        self._skip = 0
        _core.alive.append(self)
        self._attempt()

    def _attempt(self):
        # One run of the thread (a parked thread gets another later): its
        # output goes through Counted streams, so a later attempt does not
        # print again what this one printed.
        self._writes = 0
        self._effects = 0
        out, err = _sys.stdout, _sys.stderr
        c_out = _core.Counted(_core.unwrap(out), self)
        c_err = _core.Counted(_core.unwrap(err), self)
        _sys.stdout, _sys.stderr = c_out, c_err
        outcome = 'stopped'
        try:
            outcome = self._bootstrap_inner()
        finally:
            if _sys.stdout is c_out:
                _sys.stdout = out
            if _sys.stderr is c_err:
                _sys.stderr = err
        if outcome == 'parked':
            self._skip = self._writes
            _core.parked.append(self)
        elif outcome == 'stopped':
            self._is_stopped = True
            if self in _core.alive:
                _core.alive.remove(self)

    def _bootstrap_inner(self):
        _running.append(self)
        try:
            self.run()
        except _core._Parked:
            return 'parked'
        except _core._Abandoned:
            return 'abandoned'
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
        return 'stopped'

    def run(self):
        """What the thread does: calls target(*args, **kwargs)."""
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        """Waits for the thread to end: in scopewalk it already has."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        _core.wait(lambda: self._is_stopped, "join()", self._stuck, self._unstick, timeout)

    def _stuck(self):
        why = getattr(self, '_why', None)
        if why is None:
            return "%s waits for something" % self._name
        return "%s waits in %s (%s)" % (self._name, why[0], why[1])

    def _unstick(self):
        why = getattr(self, '_why', None)
        return why[2] if why else "end its wait"

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


_core.main[0] = _main_thread


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
    """Threads alive: the main thread and those started and not finished."""
    return 1 + len(_core.alive)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    return [_main_thread] + list(_core.alive)


def _shutdown():
    """At the end of the program (called by the interpreter, before atexit's
    functions): the parked threads that are not daemons get a last start,
    in which a wait that cannot end raises RuntimeError."""
    _core.state['shutting_down'] = True
    for t in list(_core.parked):
        if not t._daemonic and t in _core.parked:
            _core.parked.remove(t)
            t._attempt()


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
