# Lazy: nothing is read before it is asked for, and the inputs are advanced in
# CPython's order (visible through a generator that says when it runs).
from itertools import (batched, chain, combinations, compress, islice, pairwise, product,
                       zip_longest)


def source(name, n):
    for i in range(n):
        print(f"  {name} gives {i}")
        yield f"{name}{i}"
    print(f"  {name} is done")


print("zip_longest")
z = zip_longest(source("a", 2), source("b", 3), fillvalue="-")
print("made")
for row in z:
    print(row)
print("chain")
for x in chain(source("a", 1), source("b", 2)):
    print(x)
print("compress")
print(list(compress(source("d", 4), source("s", 2))))
print("islice")
g = source("i", 6)
print(list(islice(g, 1, 4, 2)))
print(next(g))
print("pairwise")
print(list(pairwise(source("p", 3))))
print("batched")
b = batched(source("b", 5), 2)
print(next(b))
print(list(b))
print("product reads its inputs first")
p = product(source("x", 2), source("y", 2))
print("made")
print(next(p))
print("combinations")
print(list(combinations(source("c", 3), 2)))
