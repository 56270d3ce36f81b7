"""Heap queue (priority queue) algorithms on plain lists (scopewalk's own `heapq`).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the
smallest item. Lessons print the list itself, so the sift procedures below move items in
exactly the same order as CPython's: sifting down from the root first walks the hole
all the way to a leaf along the smaller children, then bubbles the new item back up.
Only `<` is used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, only_argument=False):
    # Argument Clinic's wording: "argument" alone for one-argument functions.
    if not isinstance(heap, list):
        which = 'argument' if only_argument else 'argument 1'
        raise TypeError('%s() %s must be list, not %s' % (name, which, type(heap).__name__))


# ---------------------------------------------------------------- min-heap sifts

def _bubble_up(heap, top, pos):
    """Move heap[pos] towards the root (not above index top) while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos: move the hole down to a leaf along the smaller
    children, put heap[pos]'s item there, and bubble it up again."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


# ---------------------------------------------------------------- public API

def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item (in that order)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item (faster than both)."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, i)


# ---------------------------------------------------------------- max-heap variants
# (private in 3.13; used by nsmallest and merge(reverse=True))

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list(heap, '_heapify_max', True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, i)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _check_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---------------------------------------------------------------- merge

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (lazily).

    Equal items come out in the order of the inputs they came from."""
    if reverse:
        make_heap, replace, pop = _heapify_max, _heapreplace_max, _heappop_max
        order_step = -1
    else:
        make_heap, replace, pop = heapify, heapreplace, heappop
        order_step = 1
    # Heap entries: [sort key, input number, value, iterator]. The input number breaks
    # ties, so values themselves are compared only through their keys.
    entries = []
    for number, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, number * order_step, value, it])
            break
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


# ---------------------------------------------------------------- nsmallest / nlargest

_SENTINEL = object()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset. Equivalent to: sorted(iterable, key=key)[:n]"""
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = min(it, default=_SENTINEL)
        else:
            result = min(it, default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep the n smallest seen so far in a max-heap of (key, arrival, value).
    it = iter(iterable)
    kept = []
    for order in range(n):
        for value in it:
            kept.append((value if key is None else key(value), order, value))
            break
        else:
            break
    if not kept:
        return []
    _heapify_max(kept)
    top = kept[0][0]
    order = n
    for value in it:
        k = value if key is None else key(value)
        if k < top:
            _heapreplace_max(kept, (k, order, value))
            top = kept[0][0]
            order += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.
    Equivalent to: sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = max(it, default=_SENTINEL)
        else:
            result = max(it, default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # Keep the n largest seen so far in a min-heap of (key, -arrival, value).
    it = iter(iterable)
    kept = []
    for order in range(0, -n, -1):
        for value in it:
            kept.append((value if key is None else key(value), order, value))
            break
        else:
            break
    if not kept:
        return []
    heapify(kept)
    top = kept[0][0]
    order = -n
    for value in it:
        k = value if key is None else key(value)
        if top < k:
            heapreplace(kept, (k, order, value))
            top = kept[0][0]
            order -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]

# CPython writes these in C: they print as <built-in function ...>.
__builtin_functions__ = ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop')
