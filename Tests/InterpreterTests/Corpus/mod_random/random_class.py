# Independent generators: random.Random instances keep their own state.
import random

a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
random.seed(5)
print(random.random() == random.Random(5).random())
c = random.Random()
c.seed(123)
print(c.sample(range(20), 5), c.choice('hello'))
d = random.Random('same text')
e = random.Random(b'same text')
print(d.random() == e.random(), d.getrandbits(16), e.getrandbits(70))
print(type(a).__name__, isinstance(a, random.Random))
