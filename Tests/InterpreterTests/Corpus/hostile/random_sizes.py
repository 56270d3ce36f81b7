# random's sizes a program cannot have: getrandbits and randbytes take a C
# int of bits (OverflowError beyond it), sample's k-item result is made first
# (MemoryError), counts that overflow a C ssize_t. Before: a Swift abort, or
# heap corruption from reserving 2**61 entries.
import random
random.seed(7)
for expr in ["random.getrandbits(2**62)", "random.randbytes(2**62)", "random.getrandbits(2**40)",
             "random.sample(range(2**62), 2**61)", "random.sample(range(10), 11)",
             "random.sample([1, 2], 2, counts=[2**62, 2**62])", "random.getrandbits(-1)"]:
    try:
        print(expr, "->", eval(expr))
    except (MemoryError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
print(random.getrandbits(200), random.randbytes(5).hex(), random.sample(range(100), 4))

# choices(k=...): a negative k is an empty list (a k past memory is in
# divergent/random_choices_huge_k.py: CPython runs until memory runs out).
for k in (-5, 0, 3):
    print(len(random.choices([1, 2], k=k)))
