# Generic classes of the standard library: C[int] is a types.GenericAlias.
import asyncio, collections, dataclasses, functools, queue, re, types, weakref

for t in (collections.deque, collections.defaultdict, collections.OrderedDict, collections.Counter,
          collections.ChainMap, re.Pattern, re.Match, functools.partial, functools.partialmethod,
          functools.cached_property, weakref.ref, weakref.WeakSet, weakref.WeakValueDictionary,
          weakref.WeakKeyDictionary, weakref.WeakMethod, queue.Queue, queue.SimpleQueue,
          asyncio.Future, asyncio.Task, asyncio.Queue, dataclasses.Field, types.MappingProxyType):
    alias = t[int]
    print(t.__name__, isinstance(alias, types.GenericAlias), alias.__origin__ is t, alias.__args__)
