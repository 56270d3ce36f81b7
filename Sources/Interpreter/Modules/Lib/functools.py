"""Higher-order functions and operations on callables (scopewalk's own `functools`)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_MISSING = object()   # "no argument given", distinct from None


# ---------------------------------------------------------------- wraps

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, doc, module... and record it
    as wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        source = getattr(wrapped, attr, {})
        if attr == '__dict__':
            # setattr one by one rather than wrapper.__dict__.update(): the effect is
            # the same, and it does not rely on __dict__ being the live namespace.
            for key, value in source.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, attr).update(source)
    # Set last, so a __wrapped__ copied from wrapped.__dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: @wraps(f) applies update_wrapper(wrapper, f)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- partial

class partial:
    """New function with partial application of the given arguments and keywords."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(*args, **keywords):
        # `self` is taken from *args so that a keyword named "self" or "func" can be frozen.
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flatten partial(partial(f, 1), 2) into partial(f, 1, 2), as CPython does.
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        cls = type(self)
        # Our own class prints as functools.partial under any import name; subclasses
        # print as module.qualname, like CPython's.
        name = 'functools.partial' if cls is partial else cls.__module__ + '.' + cls.__qualname__
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    """Like partial, but meant as a class attribute: binds like a method."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partialmethod(%s)' % ', '.join(parts)

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        if getter is not None and obj is not None:
            return partial(getter(obj, cls), *self.args, **self.keywords)
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(pm.keywords)
            merged.update(keywords)
            return pm.func(cls_or_self, *pm.args, *args, **merged)
        _method.__isabstractmethod__ = False
        _method._partialmethod = self
        if obj is None:
            return _method
        return partial(_method, obj)


# ---------------------------------------------------------------- reduce

def reduce(*args):
    """reduce(function, iterable[, initial], /) -> value

    Apply a function of two arguments cumulatively to the items of an iterable,
    from left to right, so as to reduce it to a single value."""
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, iterable = args[0], args[1]
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = _MISSING
        for first in it:
            value = first
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- total_ordering

# For each root operation, how to derive the other three from it (and == / !=).
# Each derived method returns NotImplemented whenever the root one does.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (not r and self != other)

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (r or self == other)

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (not r or self == other)

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (r and self != other)

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r and self != other)

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (r or self == other)

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (not r or self == other)

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (r and self != other)

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r

_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    # An operation counts as defined when it is not just object's default.
    roots = [op for op in _DERIVED
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)   # CPython's preference: __lt__, then __le__, __gt__, __ge__
    for name, func in _DERIVED[root]:
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    """What cmp_to_key returns, as in CPython: calling it wraps a value into another
    KeyWrapper whose comparisons ask the cmp function."""
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------- lru_cache

class CacheInfo:
    """The (hits, misses, maxsize, currsize) record returned by cache_info();
    behaves like CPython's namedtuple of that name."""
    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._tuple()

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._tuple()[index]

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._tuple())

    def _asdict(self):
        return dict(zip(self._fields, self._tuple()))


class _HashedSeq:
    """A key tuple that caches its hash (the key is hashed on every lookup)."""
    __slots__ = ('items', 'hashvalue')

    def __init__(self, items):
        self.items = items
        self.hashvalue = hash(items)

    def __hash__(self):
        return self.hashvalue

    def __eq__(self, other):
        return isinstance(other, _HashedSeq) and self.items == other.items


_KWD_MARK = object()   # separates positional from keyword arguments in a key


def _make_key(args, kwds, typed):
    """A hashable key for a call; f(1, 2) and f(1, b=2) are different keys, as in CPython."""
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]   # the common one-argument case needs no wrapper
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """The callable that lru_cache returns: looks up a call's key, calls the
    function on a miss, and keeps at most maxsize results (least recently used out)."""

    def __init__(self, user_function, maxsize, typed):
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            if self._maxsize is not None:
                # Move to the most-recently-used end (dicts keep insertion order).
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key in cache:
            # A recursive call already stored it; keep that entry's position.
            return result
        if self._maxsize is not None and len(cache) >= self._maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info(self):
        """Report cache statistics."""
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics."""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, cls=None):
        # Used as a method: bind like a function does.
        if obj is None:
            return self
        return _BoundCached(self, obj)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _BoundCached:
    """`instance.method` for an lru_cache'd method."""

    def __init__(self, wrapper, obj):
        self.__func__ = wrapper
        self.__self__ = obj

    def __call__(self, /, *args, **kwds):
        return self.__func__(self.__self__, *args, **kwds)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __repr__(self):
        return '<bound method %s of %r>' % (
            getattr(self.__func__, '__qualname__', '?'), self.__self__)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    Usable bare (@lru_cache) or with arguments (@lru_cache(maxsize=32))."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: the "maxsize" is the function being decorated.
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            # Fallback for a VM that did not call __set_name__: the usual name.
            name = self.func.__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            setattr(instance, name, value)
        return value


# ---------------------------------------------------------------- singledispatch

def _mro(cls):
    try:
        return cls.__mro__
    except AttributeError:
        return (cls, object)


def _union_members(cls):
    """The classes of `int | str` (or Union[int, str]), else None."""
    args = getattr(cls, '__args__', None)
    if args is None or isinstance(cls, type):
        return None
    if all(isinstance(a, type) for a in args):
        return args
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by the
    type of the first argument, among those registered with .register()."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation for cls: the registered class nearest in its MRO."""
        impl = dispatch_cache.get(cls)
        if impl is None:
            for base in _mro(cls):
                if base in registry:
                    impl = registry[base]
                    break
            else:
                impl = func
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) -> func; also @register(cls) or @register with an annotation."""
        if isinstance(cls, type) or _union_members(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class '
                                'or union type.' % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not callable(cls) or not annotations:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an '
                                'annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type) and _union_members(cls) is None:
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
        members = _union_members(cls)
        for c in (members if members is not None else (cls,)):
            registry[c] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry   # CPython exposes a read-only mappingproxy
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        name = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError('%s requires at least 1 positional argument' % name)
            impl = dispatcher.dispatch(args[0].__class__)
            getter = getattr(impl, '__get__', None)
            if getter is not None:
                return getter(obj, cls)(*args, **kwargs)
            return impl(obj, *args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

# CPython writes these in C: they print as <built-in function ...>.
__builtin_functions__ = ('reduce', 'cmp_to_key')
