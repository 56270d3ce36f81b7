"""Functional tools for creating and using iterators (scopewalk's own `itertools`).

Every tool is a class whose instances are lazy iterators, like CPython's: the type of
chain('ab') is itertools.chain, and nothing is pulled from the inputs before it is asked for.
The order in which input iterators are advanced follows CPython's, since a lesson can
observe it (side effects, shared iterators).
"""

_NONE = object()   # "no value yet", distinct from None


def _as_index(value):
    """value as an int, with CPython's message for a non-integer."""
    if type(value) is int:
        return value
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return hook(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')
            or hasattr(t, '__complex__'))


def _same(a, b):
    # PyObject_RichCompareBool: identity first, so a NaN key still equals itself.
    return a is b or a == b


# ---------------------------------------------------------------- infinite iterators

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, self._step)


class cycle:
    """cycle(iterable) --> the items of iterable, then the same items again, forever."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, over and over (times times if given)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = -1   # forever
        else:
            times = _as_index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times == 0:
            raise StopIteration
        if self._times > 0:
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times < 0:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times < 0:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# ---------------------------------------------------------------- iterators over one input

class accumulate:
    """accumulate(iterable, func=None, *, initial=None) --> running totals (or results of func)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _NONE
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _NONE:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class batched:
    """batched(iterable, n, *, strict=False) --> tuples of length n (the last may be shorter)."""

    def __init__(self, iterable, n, *, strict=False):
        n = _as_index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n
        self._strict = strict

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        batch = []
        for item in self._it:
            batch.append(item)
            if len(batch) == self._n:
                return tuple(batch)
        self._it = None
        if not batch:
            raise StopIteration
        if self._strict:
            raise ValueError('batched(): incomplete batch')
        return tuple(batch)


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next, and so on."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable of iterables."""
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(nxt)
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """compress(data, selectors) --> the items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    """dropwhile(predicate, iterable) --> skip items while predicate is true, then give all."""

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable) --> items as long as predicate is true."""

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> items for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            ok = item if self._function is None else self._function(item)
            if not ok:
                return item


class starmap:
    """starmap(function, iterable) --> function(*item) for each item."""

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._function(*tuple(args))


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items."""

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        stop = self._bound(stop, 'Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        start = self._bound(start, 'Indices for islice() must be None or an integer: '
                                   '0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        else:
            try:
                step = _as_index(step)
            except TypeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = -1 if stop is None else stop
        self._step = step
        self._count = 0

    @staticmethod
    def _bound(value, message):
        if value is None:
            return None
        try:
            value = _as_index(value)
        except TypeError:
            raise ValueError(message) from None
        if value < 0:
            raise ValueError(message)
        return value

    def __iter__(self):
        return self

    def __next__(self):
        # Same steps as CPython: skip up to the next wanted index, and after the last
        # wanted item move the target to stop, so the items up to stop get consumed.
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop != -1 and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _NONE

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._old is _NONE:
            try:
                self._old = next(self._it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = _NONE
            raise
        pair = (self._old, new)
        self._old = new
        return pair


# ---------------------------------------------------------------- groupby

class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of items with equal keys.
    Advancing to the next pair ends the previous group."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NONE
        self._currkey = _NONE
        self._currvalue = _NONE
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _NONE:
                pass
            elif self._tgtkey is _NONE:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    """One group of a groupby; valid until the groupby moves on."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _NONE:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NONE
        return value


# ---------------------------------------------------------------- tee

class _tee_dataobject:
    """One link of the buffer shared by tee iterators: an item and the next link."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _NONE
        self.next = None


class _tee:
    """One of the independent iterators returned by tee()."""

    def __init__(self, iterable, _source=None, _link=None):
        if _source is None:
            _source = iter(iterable)
            _link = _tee_dataobject()
        self._source = _source   # shared by all copies
        self._link = _link       # where this copy reads next

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            # This copy is the furthest ahead: pull a new item for everyone.
            value = next(self._source)
            link.value = value
            link.next = _tee_dataobject()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(None, self._source, self._link)


def tee(iterable, n=2, /):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), '__copy__', None)
    first = copier(it) if copier is not None else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


# ---------------------------------------------------------------- zip_longest

class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples until the longest input is exhausted."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        row = []
        for i, it in enumerate(self._its):
            if it is None:
                row.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                item = self._fillvalue
            row.append(item)
        return tuple(row)


# ---------------------------------------------------------------- combinatorics

class product:
    """product(*iterables, repeat=1) --> cartesian product, like nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables]   # inputs are read in full up front
        self._pools = pools * repeat
        self._indices = None
        self._done = any(len(p) == 0 for p in self._pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
        else:
            # Odometer: advance the rightmost index, carrying to the left.
            i = len(pools) - 1
            while i >= 0:
                self._indices[i] += 1
                if self._indices[i] < len(pools[i]):
                    break
                self._indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple(pools[i][j] for i, j in enumerate(self._indices))


def _check_r(r, strict_int=False):
    # permutations insists on an int; the combinations accept any __index__ object.
    if strict_int:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = int(r)
    else:
        r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class combinations:
    """combinations(iterable, r) --> r-length tuples in sorted order, no repeated elements."""

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_r(r)
        self._indices = None
        self._done = self._r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, n = self._pool, self._r, len(self._pool)
        if self._indices is None:
            self._indices = list(range(r))
        else:
            idx = self._indices
            # Rightmost index that can still move right.
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
        return tuple(pool[i] for i in self._indices)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length tuples, elements may repeat."""

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_r(r)
        self._indices = None
        self._done = len(self._pool) == 0 and self._r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, n = self._pool, self._r, len(self._pool)
        if self._indices is None:
            self._indices = [0] * r
        else:
            idx = self._indices
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            value = idx[i] + 1
            for j in range(i, r):
                idx[j] = value
        return tuple(pool[i] for i in self._indices)


class permutations:
    """permutations(iterable, r=None) --> r-length tuples, all orderings, no repeated elements."""

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = n if r is None else _check_r(r, strict_int=True)
        self._state = None
        self._done = self._r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, n = self._pool, self._r, len(self._pool)
        if self._state is None:
            # indices: a permutation of range(n) whose first r give the current tuple;
            # cycles: how many more choices each position has (lexicographic order).
            self._state = (list(range(n)), list(range(n, n - r, -1)))
        else:
            indices, cycles = self._state
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    # Position i has tried every candidate: rotate it back to the end.
                    moved = indices[i]
                    del indices[i]
                    indices.append(moved)
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = n - cycles[i]
                    indices[i], indices[j] = indices[j], indices[i]
                    break
            if i < 0:
                self._done = True
                raise StopIteration
        indices = self._state[0]
        return tuple(pool[indices[k]] for k in range(r))
