# The same seed gives the same "random" sequence every run.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(8)])
print(round(random.random(), 6), round(random.uniform(10, 20), 6))
print(random.choice("abcdef"), random.randrange(0, 100, 5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
random.seed(2024)
print(random.randint(1, 6), random.randint(1, 6))
