# `from random import randint, choice` puts bound methods of random's hidden
# Random instance in the program's globals: their reprs (in a trace, or when
# printed) say which class defines each one, as random.py's do.
import random
from random import choice, randint, random as uniform01, shuffle

random.seed(7)
deck = list(range(1, 11))
shuffle(deck)
print(deck, randint(1, 6), choice("HT"), round(uniform01(), 3))

for f in (randint, choice, shuffle, random.gauss, random.seed, random.getstate):
    r = repr(f)
    print(r[:r.index(" of ")], type(f.__self__).__name__)
print(repr(uniform01).split(" of ")[0], repr(random.getrandbits).split(" of ")[0])

print(repr(random.Random.randint).split(" at ")[0])
rng = random.Random(3)
pick = rng.sample
print(repr(pick).split(" of ")[0], rng.sample(range(100), 3))
sys_rng = random.SystemRandom()
for f in (sys_rng.random, sys_rng.randint, sys_rng.seed, sys_rng.choice):
    print(repr(f).split(" of ")[0])
