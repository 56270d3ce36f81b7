"""Weak references (scopewalk's own weakref): `ref` is native (_weakref); a
weak reference answers None once its object's last strong reference is gone.
The containers below keep weak references and forget an entry when its
object dies."""

from _weakref import ref, ReferenceType, getweakrefcount

__all__ = ['ref', 'proxy', 'getweakrefcount', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class ProxyType:
    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, callback) if callback is not None else ref(obj))

    def _target(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __bool__(self):
        return bool(ProxyType._target(self))


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakMethod:
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython
    def __init__(self, meth, callback=None):
        self._func_ref = ref(meth.__func__)
        self._self_ref = ref(meth.__self__)

    def __call__(self):
        obj = self._self_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]
        return self.data

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self._live()[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter(list(self._live()))

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        o = r()
        return default if o is None else o

    def keys(self):
        return list(self._live())

    def values(self):
        return [r() for r in self._live().values()]

    def items(self):
        return [(k, r()) for k, r in self._live().items()]

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if args:
                return args[0]
            raise
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kwargs):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    def clear(self):
        self.data.clear()

    def valuerefs(self):
        return list(self._live().values())


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]
        return self.data

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter([r() for r in self._live()])

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return [r() for r in self._live()]

    def values(self):
        return list(self._live().values())

    def items(self):
        return [(r(), v) for r, v in self._live().items()]

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v


class WeakSet:
    __module__ = '_weakrefset'   # where CPython defines it (its class repr)
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython
    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def _live(self):
        dead = {r for r in self.data if r() is None}
        self.data -= dead
        return self.data

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter([r() for r in self._live()])

    def __repr__(self):
        return repr(set(self))


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs once,
    when obj dies, when called, or at exit (atexit=True)."""

    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs)
        self._alive = True
        self.atexit = True
        self._ref = ref(obj, self._fire)
        finalize._registry.append(self)

    def _fire(self, _ref):
        self()

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            if self in finalize._registry:
                finalize._registry.remove(self)
            func, args, kwargs = self._info
            return func(*args, **(kwargs or {}))

    def detach(self):
        if self._alive and self._ref() is not None:
            self._alive = False
            func, args, kwargs = self._info
            return (self._ref(), func, args, kwargs)

    def peek(self):
        if self._alive and self._ref() is not None:
            func, args, kwargs = self._info
            return (self._ref(), func, args, kwargs)

    @property
    def alive(self):
        return self._alive

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<finalize object at %#x; dead>' % id(self)
        return '<finalize object at %#x; for %r at %#x>' % (id(self), type(obj).__name__, id(obj))
