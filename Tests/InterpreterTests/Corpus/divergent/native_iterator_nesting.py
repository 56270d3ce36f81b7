# Native iterators over native iterators recurse inside the interpreter.
# Past 100,000 levels (map(f, map(f, ...)), filter, islice...) scopewalk
# raises RecursionError; CPython 3.13 segfaults there. Up to 20,000 levels
# both give the items (hostile/iterator_nesting.py).
import itertools

def nest(make, depth):
    it = iter([1, 2])
    for _ in range(depth):
        it = make(it)
    try:
        return list(it)
    except RecursionError as e:
        return "RecursionError: %s" % e

print("map", nest(lambda it: map(abs, it), 110000))
print("islice", nest(lambda it: itertools.islice(it, 5), 110000))
