"""Shallow and deep copy operations (scopewalk's own `copy`).

copy(x) makes a new container holding the same objects; deepcopy(x) also copies what
it holds, recursively, copying each object once (so shared references and cycles are
reproduced in the copy). Instances of ordinary classes are copied by making a new,
uninitialised instance (__init__ is not called) and giving it the old one's attributes.
A class can take over with __copy__(self) / __deepcopy__(self, memo), __reduce__,
or __getstate__ / __setstate__.
"""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    pass

error = Error   # backward-compatible alias, as in CPython


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinType = type(len)

# Objects of these types are never copied: they are immutable, or (functions, classes)
# copying them is not meaningful.
_ATOMIC = frozenset((type(None), int, float, complex, bool, str, bytes, type, range, slice, property,
           _FunctionType, _BuiltinType, type(Ellipsis), type(NotImplemented)))


def _is_atomic(x):
    cls = type(x)
    return cls in _ATOMIC or isinstance(x, type)


def _plain_builtin(cls):
    """True for built-in types that have no copy recipe (generators, modules...)."""
    return getattr(cls, '__module__', None) == 'builtins' and not issubclass(cls, BaseException)


def _has_own(cls, name):
    """cls (not just object) defines name."""
    return getattr(cls, name, None) is not getattr(object, name, None)


# ---------------------------------------------------------------- shallow copy

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, _state_of(x))


# ---------------------------------------------------------------- deep copy

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    memo maps id(original) to its copy; pass the same dict to several calls to
    share copies between them."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y   # before the items: a list that contains itself
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through a list may already have copied this tuple.
        if d in memo:
            return memo[d]
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
        else:
            y = x   # nothing inside changed: the tuple can be shared
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, _state_of(x))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo is, so its id() cannot be reused by a new object
    during the copy and be mistaken for it."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---------------------------------------------------------------- instances

def _state_of(x):
    """What to carry over into the copy: __getstate__'s result if the class defines one,
    else the instance attributes (a dict), or None when there are none."""
    cls = type(x)
    if _has_own(cls, '__reduce_ex__') or _has_own(cls, '__reduce__'):
        return _Reduced(x)
    if _has_own(cls, '__getstate__'):
        return x.__getstate__()
    if _plain_builtin(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    try:
        state = dict(x.__dict__)
    except AttributeError:
        state = {}
    slots = _slot_values(x)
    if slots:
        return (state or None, slots)
    return state or None


def _slot_values(x):
    values = {}
    for klass in getattr(type(x), '__mro__', (type(x),)):
        slots = klass.__dict__.get('__slots__', ()) if hasattr(klass, '__dict__') else ()
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__') or name in values:
                continue
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass   # an unset slot stays unset in the copy
    return values


class _Reduced:
    """Marks an object whose class supplies its own __reduce__/__reduce_ex__."""

    def __init__(self, x):
        self.obj = x


# immutable builtins whose value a subclass instance is made from
_VALUE_BASES = (tuple, int, float, complex, str, bytes, frozenset)


def _new_instance(x, memo):
    """The copy before its state: object.__new__, or for a subclass of an
    immutable builtin (a namedtuple...) cls.__new__ with __getnewargs__() or
    the builtin value, deep-copied for deepcopy (as copyreg.__newobj__)."""
    cls = type(x)
    if issubclass(cls, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args
        return y
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        base = next((b for b in _VALUE_BASES if isinstance(x, b)), None)
        if base is None:
            return object.__new__(cls)
        args = (base(x),)
    if memo is not None:
        args = deepcopy(args, memo)
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, state):
    deep = memo is not None
    if isinstance(state, _Reduced):
        return _from_reduce(x, memo)
    y = _new_instance(x, memo)
    if deep:
        memo[id(x)] = y   # before the state: the state may refer back to x
    _set_state(y, state, memo)
    return y


def _set_state(y, state, memo):
    if state is None:
        return
    if memo is not None:
        state = deepcopy(state, memo)
    setter = getattr(y, '__setstate__', None)
    if setter is not None and _has_own(type(y), '__setstate__'):
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        for name, value in state.items():
            setattr(y, name, value)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _from_reduce(x, memo):
    """Rebuild x from the (callable, args, state, listitems, dictitems) its class gives."""
    reducer = getattr(x, '__reduce_ex__', None)
    rv = reducer(4) if reducer is not None else x.__reduce__()
    if isinstance(rv, str):
        return x   # names a global: shared, like CPython
    rv = tuple(rv) + (None,) * (5 - len(rv))
    func, args, state, listiter, dictiter = rv[:5]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values
    (for classes that support it through __replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
