# The errors random raises, with CPython's messages.
import random

tests = [lambda: random.randrange(0), lambda: random.randrange(5, 5),
         lambda: random.randrange(1, 10, 0), lambda: random.choice([]),
         lambda: random.sample([1, 2], 3), lambda: random.randint(1),
         lambda: random.choices('ab', weights=[1], k=2),
         lambda: random.gammavariate(-1, 1), lambda: random.binomialvariate(-2),
         lambda: random.binomialvariate(3, 2.0), lambda: random.sample({1, 2}, 1),
         lambda: random.setstate((9, (), None)), lambda: random.getrandbits(-1)]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
