"""Container datatypes: Counter, defaultdict, OrderedDict, ChainMap, deque,
namedtuple, UserDict, UserList, UserString.

The interpreter cannot subclass dict/list/tuple, so each type here wraps a
real dict, list or tuple and defines the whole protocol on top of it: code
using them sees the same behaviour and reprs as CPython, except that
isinstance(Counter(), dict) is False.
"""

import sys
import _collections_abc
from _collections import deque

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

_MISSING = object()


def _class_getitem(cls, item):
    # Counter[str] in annotations; the interpreter's list[int] is list too.
    return cls


def _raw(obj):
    """The real dict inside one of our dict-like wrappers, else obj."""
    return obj._data if isinstance(obj, _DictWrapper) else obj


################################################################################
# The dict-like wrappers
################################################################################

class _DictWrapper:
    """Everything a dict does, forwarded to self._data (a real dict).
    __getitem__ goes through __missing__ like dict subclasses do."""

    __hash__ = None
    __class_getitem__ = classmethod(_class_getitem)

    def __getitem__(self, key):
        data = self._data
        if key in data:
            return data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, other=(), /, **kwds):
        self._data.update(_raw(other), **kwds)

    def clear(self):
        self._data.clear()

    def __eq__(self, other):
        if isinstance(other, (dict, _DictWrapper)):
            return self._data == _raw(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new._data = dict(_raw(other))
        new._data.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __copy__(self):
        return self.copy()


################################################################################
# Counter
################################################################################

class Counter(_DictWrapper):
    """Dict of element -> count. Missing elements count 0.

    >>> Counter('abracadabra').most_common(2)
    [('a', 5), ('b', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, elem):
        # Unlike dict, deleting an absent element is not an error.
        if elem in self._data:
            del self._data[elem]

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first; ties
        keep first-seen order."""
        ordered = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:n] if n > 0 else []

    def elements(self):
        """Each element repeated as many times as its count (counts below one
        are skipped)."""
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an
        iterable."""
        data = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)) or hasattr(iterable, "keys"):
                if not data:  # plain copy, as CPython does when empty
                    data.update(_raw(iterable))
                else:
                    for elem in iterable.keys():
                        data[elem] = data.get(elem, 0) + iterable[elem]
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like update() but subtracts; counts may go to zero or below."""
        data = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)) or hasattr(iterable, "keys"):
                for elem in iterable.keys():
                    data[elem] = data.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that cannot be ordered
            shown = self._data
        return f"{type(self).__name__}({shown!r})"

    # Comparisons treat missing elements as zero (3.10+), so
    # Counter(a=1) == Counter(a=1, b=0).
    def _all_keys(self, other):
        return list(self._data) + [k for k in other._data if k not in self._data]

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(self[e] == other[e] for e in self._all_keys(other))
        if isinstance(other, (dict, _DictWrapper)):
            return self._data == _raw(other)
        return NotImplemented

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for e in self._all_keys(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for e in self._all_keys(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.
    def _combine(self, other, op):
        result = Counter()
        for elem, count in self._data.items():
            new = op(count, other[elem])
            if new > 0:
                result._data[elem] = new
        for elem, count in other._data.items():
            if elem not in self._data:
                new = op(0, count)
                if new > 0:
                    result._data[elem] = new
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if isinstance(other, Counter):
            return self._combine(other, lambda a, b: b if a < b else a)
        if isinstance(other, dict):  # dict | dict, as for a dict subclass
            return self._data | other
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return other | self._data
        return NotImplemented

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            new = count if count < other[elem] else other[elem]
            if new > 0:
                result._data[elem] = new
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count > 0:
                result._data[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count < 0:
                result._data[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self._data.items() if not c > 0]:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in _raw(other).items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in _raw(other).items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in _raw(other).items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self._data.items()):
            if other[elem] < count:
                self[elem] = other[elem]
        return self._keep_positive()


################################################################################
# defaultdict
################################################################################

class defaultdict(_DictWrapper):
    """A dict that calls default_factory() to fill in a missing key."""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data = dict(*[_raw(a) for a in args], **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self._data)

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        return (f"{type(self).__name__}({self.default_factory!r}, "
                f"{self._data!r})")

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(None, dict.fromkeys(iterable, value))


################################################################################
# OrderedDict
################################################################################

class _OrderedView:
    """odict_keys / odict_values / odict_items: a dict view with CPython's
    OrderedDict repr."""

    def __init__(self, kind, view):
        self._kind = kind
        self._view = view

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __len__(self):
        return len(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return f"{self._kind}({list(self._view)!r})"

    def __eq__(self, other):
        return self._view == (other._view if isinstance(other, _OrderedView) else other)

    def __and__(self, other):
        return self._view & other

    def __or__(self, other):
        return self._view | other

    def __sub__(self, other):
        return self._view - other

    def __xor__(self, other):
        return self._view ^ other


class OrderedDict(_DictWrapper):
    """A dict that can reorder its keys (move_to_end, popitem(last=False))
    and whose == with another OrderedDict also compares the order."""

    def __init__(self, other=(), /, **kwds):
        self._data = {}
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        data = self._data
        value = data.pop(key)  # KeyError(key) if absent, as in CPython
        if last:
            data[key] = value
        else:
            rest = list(data.items())
            data.clear()
            data[key] = value
            data.update(rest)

    def popitem(self, last=True):
        data = self._data
        if not data:
            raise KeyError("dictionary is empty")
        if last:
            return data.popitem()
        key = next(iter(data))
        return key, data.pop(key)

    def keys(self):
        return _OrderedView("odict_keys", self._data.keys())

    def values(self):
        return _OrderedView("odict_values", self._data.values())

    def items(self):
        return _OrderedView("odict_items", self._data.items())

    def copy(self):
        return type(self)(self._data)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({self._data!r})"

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))


################################################################################
# ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups search maps[0], maps[1], ... in
    turn; writes and deletions only touch maps[0] (like local variables
    shadowing globals, which shadow builtins)."""

    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # First-seen order counting from the last map, as CPython does.
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (or a new dict) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(_raw(other))
        return self

    def __or__(self, other):
        if not _collections_abc._is_mapping(other) and not isinstance(other, _DictWrapper):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(_raw(other))
        return m

    def __ror__(self, other):
        if not _collections_abc._is_mapping(other) and not isinstance(other, _DictWrapper):
            return NotImplemented
        m = dict(_raw(other))
        for child in reversed(self.maps):
            m.update(_raw(child))
        return type(self)(m)



################################################################################
# namedtuple
################################################################################

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"])


def _quoted_list(names):
    """'x' / 'x' and 'y' / 'x', 'y', and 'z', as in CPython's TypeErrors."""
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _as_tuple(obj):
    """obj as a plain tuple if it is a tuple or a namedtuple, else None."""
    if isinstance(obj, tuple):
        return obj
    t = getattr(obj, "_tuple", None)
    return t if isinstance(t, tuple) else None


def _check_field_names(typename, field_names, rename):
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(
                f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)


def _bind(typename, fields, field_defaults, args, kwargs):
    """The values tuple for Point(*args, **kwargs), with the TypeErrors
    CPython's generated __new__(cls, x, y) would raise."""
    n = len(fields)
    where = f"{typename}.__new__()"
    if len(args) > n:
        nd = len(field_defaults)
        if nd:
            takes = f"from {n - nd + 1} to {n + 1} positional arguments"
        else:
            takes = f"{n + 1} positional argument" + ("s" if n else "")
        raise TypeError(f"{where} takes {takes} but {len(args) + 1} were given")
    values = list(args) + [_MISSING] * (n - len(args))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{where} got an unexpected keyword argument '{key}'")
        i = fields.index(key)
        if i < len(args):
            raise TypeError(f"{where} got multiple values for argument '{key}'")
        values[i] = value
    missing = []
    for i, value in enumerate(values):
        if value is _MISSING:
            if fields[i] in field_defaults:
                values[i] = field_defaults[fields[i]]
            else:
                missing.append(fields[i])
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise TypeError(f"{where} missing {len(missing)} required positional "
                        f"argument{plural}: {_quoted_list(missing)}")
    return tuple(values)


def _new_instance(cls, values):
    self = object.__new__(cls)
    object.__setattr__(self, "_tuple", values)
    return self


# Methods shared by every namedtuple class; the tuple lives in self._tuple.

def _nt_repr(self):
    inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._tuple))
    return f"{type(self).__name__}({inner})"


def _nt_setattr(self, name, value):
    if name in self._fields or name == "_tuple":
        raise AttributeError("can't set attribute")
    if not hasattr(self, "__dict__"):
        raise AttributeError(f"'{type(self).__name__}' object has no attribute "
                             f"'{name}' and no __dict__ for setting new attributes")
    object.__setattr__(self, name, value)


def _nt_delattr(self, name):
    if name in self._fields or name == "_tuple":
        raise AttributeError("can't delete attribute")
    object.__delattr__(self, name)


def _nt_asdict(self):
    """A new dict mapping field names to their values."""
    return dict(zip(self._fields, self._tuple))


def _nt_replace(self, /, **kwds):
    """A new instance with some fields replaced."""
    values = tuple(kwds.pop(name, value) for name, value in zip(self._fields, self._tuple))
    if kwds:
        raise TypeError(f"Got unexpected field names: {list(kwds)!r}")
    return _new_instance(type(self), values)


def _nt_make(cls, iterable):
    """Make a new instance from a sequence or iterable."""
    values = tuple(iterable)
    if len(values) != len(cls._fields):
        raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
    return _new_instance(cls, values)


def _nt_compare(op):
    def compare(self, other):
        t = _as_tuple(other)
        if t is None:
            return NotImplemented
        return op(self._tuple, t)
    return compare


def _nt_add(self, other):
    t = _as_tuple(other)
    if t is None:
        raise TypeError(f'can only concatenate tuple (not "{type(other).__name__}") to tuple')
    return self._tuple + t


def _nt_radd(self, other):
    if isinstance(other, tuple):
        return other + self._tuple
    return NotImplemented


_NT_METHODS = {
    "__repr__": _nt_repr,
    "__setattr__": _nt_setattr,
    "__delattr__": _nt_delattr,
    "_asdict": _nt_asdict,
    "_replace": _nt_replace,
    "_make": classmethod(_nt_make),
    "__iter__": lambda self: iter(self._tuple),
    "__reversed__": lambda self: reversed(self._tuple),
    "__len__": lambda self: len(self._tuple),
    "__getitem__": lambda self, i: self._tuple[i],
    "__contains__": lambda self, x: x in self._tuple,
    "__hash__": lambda self: hash(self._tuple),
    "__eq__": _nt_compare(lambda a, b: a == b),
    "__ne__": _nt_compare(lambda a, b: a != b),
    "__lt__": _nt_compare(lambda a, b: a < b),
    "__le__": _nt_compare(lambda a, b: a <= b),
    "__gt__": _nt_compare(lambda a, b: a > b),
    "__ge__": _nt_compare(lambda a, b: a >= b),
    "__add__": _nt_add,
    "__radd__": _nt_radd,
    "__mul__": lambda self, n: self._tuple * n,
    "__rmul__": lambda self, n: self._tuple * n,
    "__getnewargs__": lambda self: self._tuple,
    "count": lambda self, x: self._tuple.count(x),
    "index": lambda self, x, *args: self._tuple.index(x, *args),
    "__class_getitem__": classmethod(_class_getitem),
}


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new class of tuples with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_field_names(typename, field_names, rename)
    fields = tuple(field_names)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        if defaults:
            field_defaults = dict(zip(fields[-len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        return _new_instance(cls, _bind(typename, fields, field_defaults, args, kwargs))

    if module is None:
        # The class belongs to the module that called namedtuple().
        getframe = getattr(sys, "_getframe", None)
        try:
            module = getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            module = "__main__"

    namespace = dict(_NT_METHODS)
    namespace.update({
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": ("_tuple",),
        "__module__": module,
        "__qualname__": typename,
        "__new__": staticmethod(__new__),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
    })
    # Fields are read through __getattr__ so that assigning one reaches
    # __setattr__ ("can't set attribute"): the interpreter lets a property
    # answer before a custom __setattr__. Only names that would otherwise
    # find a method (count, index) need a property.
    positions = {name: index for index, name in enumerate(fields)}

    def __getattr__(self, name):
        if name in positions:
            return self._tuple[positions[name]]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    namespace["__getattr__"] = __getattr__
    for index, name in enumerate(fields):
        if name in namespace:
            namespace[name] = property(lambda self, _i=index: self._tuple[_i],
                                       doc=f"Alias for field number {index}")
    return type(typename, (object,), namespace)


################################################################################
# UserDict, UserList, UserString: wrappers meant to be subclassed
################################################################################

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class around a real dict, self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), "__missing__"):
            return self.__missing__(key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def copy(self):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.data = self.data.copy()
        return new

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _data_of(other):
    return other.data if isinstance(other, (UserList, UserString)) else other


class UserList(_collections_abc.MutableSequence):
    """A list-like class around a real list, self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data[:] = _data_of(initlist) if isinstance(initlist, UserList) else list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _data_of(other)

    def __le__(self, other):
        return self.data <= _data_of(other)

    def __eq__(self, other):
        return self.data == _data_of(other)

    def __gt__(self, other):
        return self.data > _data_of(other)

    def __ge__(self, other):
        return self.data >= _data_of(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, list):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, list):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        self.data += _data_of(other) if isinstance(other, UserList) else list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.data = self.data[:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_data_of(other) if isinstance(other, UserList) else other)


class UserString(_collections_abc.Sequence):
    """A str-like class around a real str, self.data; string methods that
    return a str return an instance of the class instead."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == _data_of(string)

    def __lt__(self, string):
        return self.data < _data_of(string)

    def __le__(self, string):
        return self.data <= _data_of(string)

    def __gt__(self, string):
        return self.data > _data_of(string)

    def __ge__(self, string):
        return self.data >= _data_of(string)

    def __contains__(self, char):
        return _data_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def join(self, seq):
        return self.data.join(seq)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)


def _user_string_method(name, wrap):
    # Forward to the str method; re-wrap str results where CPython does.
    def method(self, *args, **kwargs):
        args = [_data_of(a) for a in args]
        result = getattr(self.data, name)(*args, **kwargs)
        return type(self)(result) if wrap else result
    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


for _name in ("capitalize", "casefold", "center", "expandtabs", "ljust",
              "lower", "lstrip", "removeprefix", "removesuffix", "replace",
              "rjust", "rstrip", "strip", "swapcase", "title", "translate",
              "upper", "zfill"):
    setattr(UserString, _name, _user_string_method(_name, True))
for _name in ("count", "encode", "endswith", "find", "index", "isalpha",
              "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier",
              "islower", "isnumeric", "isprintable", "isspace", "istitle",
              "isupper", "partition", "rfind", "rindex", "rpartition", "rsplit",
              "split", "splitlines", "startswith"):
    setattr(UserString, _name, _user_string_method(_name, False))
del _name
