"""deque, the double-ended queue that collections re-exports.

Stored as a Python list: appendleft/popleft cost O(n) instead of O(1), which
does not matter at lesson sizes and keeps the code obvious.
"""

# deque reports itself as collections.deque, as in CPython.
__name__ = "collections"

__all__ = ["deque"]


def _index(i):
    """i as an int for indexing, with CPython's TypeError otherwise."""
    if isinstance(i, int):
        return i
    if hasattr(type(i), "__index__"):
        return i.__index__()
    raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")


class deque:
    """deque([iterable[, maxlen]]): append and pop at both ends; with a
    maxlen, adding to a full deque drops an item from the opposite end."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        self._state = 0  # bumped by every mutation, checked by iterators
        self.extend(iterable)

    def __class_getitem__(cls, item):
        return cls

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError(
            "attribute 'maxlen' of 'collections.deque' objects is not writable")

    # Adding and removing at the ends

    def append(self, x):
        self._state += 1
        items = self._items
        if self._maxlen is not None and len(items) >= self._maxlen:
            if self._maxlen == 0:
                return
            del items[0]
        items.append(x)

    def appendleft(self, x):
        self._state += 1
        items = self._items
        if self._maxlen is not None and len(items) >= self._maxlen:
            if self._maxlen == 0:
                return
            items.pop()
        items.insert(0, x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items.clear()

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        items = self._items
        if len(items) > 1:
            n %= len(items)
            if n:
                self._state += 1
                items[:] = items[-n:] + items[:-n]

    def reverse(self):
        self._state += 1
        self._items.reverse()

    # Searching and editing in the middle

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        items = self._items
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            v = items[i]
            if v is x or v == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._items.insert(i, x)

    def remove(self, value):
        items = self._items
        for i, v in enumerate(items):
            if v is value or v == value:
                self._state += 1
                del items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def copy(self):
        return type(self)(self._items, self._maxlen)

    __copy__ = copy

    # Indexing (no slices, as in CPython)

    def _position(self, i):
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        i = self._position(i)
        self._state += 1
        del self._items[i]

    # Container protocol

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        # A generator that notices mutation, like CPython's deque iterator.
        items, state, n = self._items, self._state, len(self._items)
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i >= n:
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        items, state, n = self._items, self._state, len(self._items)
        i = n - 1
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i < 0:
                return
            yield items[i]
            i -= 1

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({self._items!r})"
        return f"{name}({self._items!r}, maxlen={self._maxlen})"

    # Comparison with other deques only (deque([1]) == [1] is False)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    # Concatenation and repetition

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = list(self._items)
        self.clear()
        if n > 0:
            self.extend(items * n)
        return self
