"""Utilities for with-statement contexts (scopewalk's own `contextlib`)."""

import sys
import builtins

# Older interpreters (and scopewalk's, for now) lack BaseExceptionGroup.
_EXCEPTION_GROUP = getattr(builtins, 'BaseExceptionGroup', None)

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing',
           'chdir']


class AbstractContextManager:
    """Base class whose __enter__ returns self; subclasses write __exit__."""

    __slots__ = ()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    __slots__ = ()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class ContextDecorator:
    """Lets a context manager class also decorate a function: the call runs
    inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _copy_name(inner, func)
        return inner


def _copy_name(wrapper, wrapped):
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped


# ---------------------------------------------------------------- contextmanager

class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What @contextmanager returns: runs the generator up to its yield on
    entry, and resumes it (or throws the exception into it) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Unlike a plain generator, the arguments are no longer needed.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()   # exceptions raised by class, not instance
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it,
            # unless what stopped it was the exception itself.
            return exc is not value
        except RuntimeError as exc:
            # A StopIteration thrown in comes back as RuntimeError (PEP 479).
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The generator re-raised (or raised something else): let it
            # propagate, keeping the original traceback if it is the same one.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a context
    manager factory; code before the yield is __enter__, after it __exit__."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _copy_name(helper, func)
    return helper


def asynccontextmanager(func):
    raise NotImplementedError('scopewalk does not support async')


# ---------------------------------------------------------------- small managers

class closing(AbstractContextManager):
    """with closing(thing): calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []   # a list, so the same object can be re-entered

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """with redirect_stdout(buffer): print() writes to buffer instead."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """with suppress(KeyError): the listed exceptions end the block silently."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if _EXCEPTION_GROUP is not None and isinstance(excinst, _EXCEPTION_GROUP):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------- ExitStack

class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, unwound last-in first-out when the with block
    ends (or on close()); each callback sees the exception still in flight."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new ExitStack, leaving this one empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add an __exit__-style callback, or a context manager's __exit__."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, '__enter__', None)
        exit_method = getattr(cls, '__exit__', None)
        if enter is None or exit_method is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            "not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append((True, _bound(cm, exit_method)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Call callback(*args, **kwds) at unwind time; it cannot suppress."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exception()   # what the with statement is handling
        pending = exc_details[1] if received_exc else None
        raised = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            if pending is None:
                details = (None, None, None)
            else:
                details = (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details):
                    pending = None
                    raised = False
            except BaseException as new_exc:
                # A callback raised: that exception replaces the pending one,
                # chained to it as if the callbacks were nested with blocks.
                _fix_context(new_exc, pending, frame_exc)
                pending = new_exc
                raised = True
        if raised:
            saved_context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = saved_context   # raise must not re-chain it
                raise
        return received_exc and pending is None


def _bound(obj, method):
    def exit_callback(exc_type, exc, tb):
        return method(obj, exc_type, exc, tb)
    exit_callback.__self__ = obj
    return exit_callback


def _fix_context(new_exc, old_exc, frame_exc):
    # Walk new_exc's __context__ chain: if it already reaches old_exc (or
    # ends), leave it; if it reaches the exception the with statement was
    # handling, splice old_exc in there instead. (CPython does the same.)
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class AsyncExitStack(ExitStack):
    pass
