# Seeds of every kind, getrandbits and randbytes.
import random

for seed in [0, 1, -1, 2 ** 64 + 5, 3.25, 'abc', b'abc']:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))
random.seed(3)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(200))
print(random.randbytes(6), len(random.randbytes(100)))
print(random.randrange(10 ** 25), random.randint(-(10 ** 20), 10 ** 20))
