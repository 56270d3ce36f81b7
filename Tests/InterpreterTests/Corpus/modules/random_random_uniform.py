# random() and uniform() after seeding.
import random

random.seed(42)
print(random.random())
print(random.random())
print(random.uniform(1, 10))
print(round(random.uniform(-5, 5), 6))
random.seed(7)
print([round(random.random(), 4) for _ in range(5)])
