"""Container datatypes: Counter, defaultdict, OrderedDict, ChainMap, deque,
namedtuple, UserDict, UserList, UserString.

Counter, defaultdict and OrderedDict are dict subclasses (_collections_dicts),
namedtuple classes tuple subclasses (_collections_namedtuple), deque is
written in Swift (module _collections); ChainMap and the User* wrappers are here.
"""

import sys
import _collections_abc
from _collections import deque
from _collections_dicts import Counter, defaultdict, OrderedDict
from _collections_namedtuple import namedtuple

_collections_abc.MutableSequence.register(deque)

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

_MISSING = object()


def _class_getitem(cls, item):
    # defaultdict[str, int] is a types.GenericAlias, as list[int] is.
    return _GenericAlias(cls, item)


_GenericAlias = type(list[int])


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
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _collections_abc._is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _collections_abc._is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)



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
