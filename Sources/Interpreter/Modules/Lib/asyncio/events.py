"""The event loop (scopewalk's own asyncio).

One loop runs at a time. Callbacks wait in a ready queue (call_soon, first
in first out) and timers in a heap ordered by deadline, then by the order
they were made (call_later). The clock is virtual: when nothing is ready the
loop moves its clock to the next deadline (sleeping that long for real), so
a program's order of events never depends on how fast the machine is, and
is the order CPython shows on an idle machine.
"""

import heapq
import time as _time

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')

_running_loop = None
_current_loop = None
# set_event_loop() was called (asyncio.run does, with None at its end): from
# then on get_event_loop() does not make a loop by itself.
_set_called = False


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            name = getattr(self._callback, '__qualname__', None) or repr(self._callback)
            info.append(name + '()')
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    __slots__ = ('_when', '_seq', '_scheduled')

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    pass


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._timer_seq = 0
        self._clock = _time.monotonic()
        self._stopping = False
        self._closed = False
        self._running = False
        self._asyncgens = []
        self._exception_handler = None
        self._current_task = None
        self._tasks = []

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self.is_running()} '
                f'closed={self.is_closed()} debug=False>')

    # --- the clock and scheduling

    def time(self):
        return self._clock

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when, self._timer_seq, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # --- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        from .tasks import ensure_future
        self._check_closed()
        new_task = not _isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        if len(self._ready) == self._ready_head and not self._stopping:
            # Nothing to do now: the clock jumps to the next live timer.
            while self._scheduled and self._scheduled[0]._cancelled:
                heapq.heappop(self._scheduled)
            if self._scheduled:
                when = self._scheduled[0]._when
                if when > self._clock:
                    _time.sleep(when - self._clock)
                    self._clock = when
            elif not self._stopping:
                raise RuntimeError('Event loop stopped before Future completed.')
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when > self._clock:
                break
            heapq.heappop(self._scheduled)
            handle._scheduled = False
            if not handle._cancelled:
                self._ready.append(handle)
        ntodo = len(self._ready) - self._ready_head
        for _ in range(ntodo):
            handle = self._ready[self._ready_head]
            self._ready_head += 1
            if self._ready_head > 64 and self._ready_head * 2 > len(self._ready):
                del self._ready[:self._ready_head]
                self._ready_head = 0
            if handle._cancelled:
                continue
            handle._run()

    # --- errors and async generators

    def default_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        sys.stderr.write(message + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self, timeout=None):
        pass

    def run_in_executor(self, executor, func, *args):
        # No threads here: the function runs at once, its result in a future.
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


def _isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        if _set_called:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        _current_loop = _EventLoop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop, _set_called
    _set_called = True
    _current_loop = loop


def new_event_loop():
    return _EventLoop()
