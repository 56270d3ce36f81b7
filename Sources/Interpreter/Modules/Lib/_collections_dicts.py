"""Counter, defaultdict and OrderedDict: dict subclasses, as in CPython, so
that isinstance(c, dict), dict(c), {**c}, json.dumps(c) and c == {...} all
see a dict. A missing key reaches __missing__ through the interpreter's
dict lookup, as for any dict subclass.
"""

# The classes report themselves as collections.X, as in CPython.
__name__ = "collections"

import _collections_abc
from _collections import _count_elements

__all__ = ["Counter", "defaultdict", "OrderedDict"]


def _class_getitem(cls, item):
    # defaultdict[str, int] is a types.GenericAlias, as list[int] is.
    return _GenericAlias(cls, item)


_GenericAlias = type(list[int])


################################################################################
# Counter
################################################################################

def _count_key(pair):
    return pair[1]


class Counter(dict):
    """Dict of element -> count. Missing elements count 0.

    >>> Counter('abracadabra').most_common(2)
    [('a', 5), ('b', 2)]
    """

    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first; ties
        keep first-seen order (sorted is stable)."""
        ordered = sorted(self.items(), key=_count_key, reverse=True)
        if n is None:
            return ordered
        return ordered[:n] if n > 0 else []

    def elements(self):
        """Each element repeated as many times as its count (counts below one
        are skipped)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an
        iterable."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:  # a plain copy when empty, as CPython does
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like update() but subtracts; counts may go to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # Unlike dict, deleting an absent element is not an error.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that cannot be ordered
            shown = dict(self)
        return f"{self.__class__.__name__}({shown!r})"

    # Comparisons treat missing elements as zero (3.10+), so
    # Counter(a=1) == Counter(a=1, b=0).
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.
    def _combine(self, other, combine):
        # An element missing from either side counts 0 there.
        result = Counter()
        for elem, count in self.items():
            new = combine(count, other[elem])
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self:
                new = combine(0, count)
                if new > 0:
                    result[elem] = new
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
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __slots__ = ("default_factory",)
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"


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


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        # MutableMapping.update: through self[key] = value, which a subclass
        # may override.
        if isinstance(other, _collections_abc.Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)  # KeyError(key) if absent, as in CPython
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def keys(self):
        return _OrderedView("odict_keys", dict.keys(self))

    def values(self):
        return _OrderedView("odict_values", dict.values(self))

    def items(self):
        return _OrderedView("odict_items", dict.items(self))

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (), None, None, iter(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({dict(dict.items(self))!r})"

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self
