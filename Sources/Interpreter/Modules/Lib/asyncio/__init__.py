"""asyncio for scopewalk: coroutines run by an event loop written in Python
(events.py), deterministic (a virtual clock), each coroutine a frame on the
stack while it runs. Covers what lessons use: run, sleep, gather,
create_task, wait_for, wait, as_completed, shield, timeout, TaskGroup,
Queue, Lock, Event, Semaphore, Condition."""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .timeouts import *
from .taskgroups import *
from .queues import *
from .locks import *
from .runners import *


from . import tasks as _tasks


def iscoroutine(obj):
    return _tasks._iscoroutine(obj)


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


async def to_thread(func, /, *args, **kwargs):
    # No threads here: the function runs at once, in the calling task.
    return func(*args, **kwargs)
