"""Heap queue (priority queue) algorithms on plain lists (scopewalk's own `heapq`).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the
smallest item. Lessons print the list itself, so the native sift procedures move items in
exactly the same order as CPython's. Only `<` is used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The primitives are native (Modules/heapq/HeapqModule.swift), as CPython's _heapq.
from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


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

