# random.choices(k=2**62) would build a list of 2**62 items: CPython 3.13
# runs until memory runs out; scopewalk raises MemoryError at once (it
# aborted allocating it before).
import random
for k in (2**62, 2**40):
    try:
        random.choices([1], k=k)
    except MemoryError:
        print("MemoryError")
print(len(random.choices("ab", k=10)))
