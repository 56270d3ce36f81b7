"""Future: a result that arrives later (scopewalk's own asyncio).

Written after CPython's asyncio.futures for behaviour: the same states, the
same order of callbacks (each scheduled with call_soon when the future is
done) and the same reprs, so a lesson's printout matches.
"""

from . import exceptions
from . import events

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _short_repr(value):
    # reprlib.repr as Future reprs use it: long containers and strings cut.
    if isinstance(value, str):
        if len(value) > 30:
            r = repr(value[:12] + value[-12:])
            return r[:13] + '...' + r[-13:]
        return repr(value)
    if isinstance(value, (list, tuple, set, frozenset)) and len(value) > 6:
        items = ', '.join(_short_repr(x) for x in list(value)[:6])
        if isinstance(value, list):
            return '[' + items + ', ...]'
        if isinstance(value, tuple):
            return '(' + items + ', ...)'
        return '{' + items + ', ...}'
    if isinstance(value, list):
        return '[' + ', '.join(_short_repr(x) for x in value) + ']'
    if isinstance(value, tuple):
        if len(value) == 1:
            return '(' + _short_repr(value[0]) + ',)'
        return '(' + ', '.join(_short_repr(x) for x in value) + ')'
    if isinstance(value, dict) and len(value) > 4:
        items = ', '.join(_short_repr(k) + ': ' + _short_repr(v) for k, v in list(value.items())[:4])
        return '{' + items + ', ...}'
    r = repr(value)
    if len(r) > 30 and not isinstance(value, (dict, set, frozenset)):
        return r[:13] + '...' + r[-14:]
    return r


# Where CPython 3.13's own asyncio defines the callbacks a repr may name
# (a Future's repr shows them with their source file and line).
_CPYTHON_ASYNCIO = '/root/.pyenv/versions/3.13.0/lib/python3.13/asyncio/'
_CPYTHON_LINES = {
    'gather.<locals>._done_callback': ('tasks', 820),
    '_wait.<locals>._on_completion': ('tasks', 521),
    'shield.<locals>._inner_done_callback': ('tasks', 958),
    'shield.<locals>._outer_done_callback': ('tasks', 975),
    '_run_until_complete_cb': ('base_events', 182),
}


def _format_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    text = name + '()'
    code = getattr(cb, '__code__', None)
    if code is not None and getattr(cb, '__self__', None) is None:
        filename, line = code.co_filename, code.co_firstlineno
        if filename.startswith('<frozen asyncio.'):
            module, line = _CPYTHON_LINES.get(name, (filename[16:-1], line))
            filename = _CPYTHON_ASYNCIO + module + '.py'
        text += f' at {filename}:{line}'
    return text


def _format_callbacks(cbs):
    size = len(cbs)
    if size == 1:
        cb = _format_callback(cbs[0])
    elif size == 2:
        cb = '{}, {}'.format(_format_callback(cbs[0]), _format_callback(cbs[1]))
    else:
        cb = '{}, <{} more>, {}'.format(_format_callback(cbs[0]), size - 2, _format_callback(cbs[-1]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={_short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    __module__ = '_asyncio'   # where CPython defines it (its class repr)
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not ready.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            new_exc = RuntimeError("StopIteration interacts badly with "
                                   "generators and cannot be raised into a "
                                   "Future")
            new_exc.__cause__ = exception
            new_exc.__context__ = exception
            exception = new_exc
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    return fut.get_loop()


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
