# 5,000 native iterators nested in one another give their items, as in
# CPython 3.13 (deeper, scopewalk raises RecursionError where CPython
# segfaults: divergent/native_iterator_nesting.py).
# corpus: no-trace
import itertools

def nest(make, depth=5000):
    it = iter([1, 2])
    for _ in range(depth):
        it = make(it)
    try:
        return len(str(list(it)))
    except RecursionError as e:
        return "RecursionError: %s" % e

for name, make in [("map", lambda it: map(abs, it)), ("zip", zip), ("islice", lambda it: itertools.islice(it, 5)),
                   ("filter", lambda it: filter(None, it)), ("enumerate", enumerate), ("chain", itertools.chain),
                   ("starmap", lambda it: itertools.starmap(abs, zip(it))), ("accumulate", itertools.accumulate),
                   ("compress", lambda it: itertools.compress(it, itertools.repeat(1))),
                   ("pairwise", itertools.pairwise), ("zip_longest", itertools.zip_longest),
                   ("batched", lambda it: itertools.batched(it, 1)), ("iter", iter)]:
    print(name, nest(make))
