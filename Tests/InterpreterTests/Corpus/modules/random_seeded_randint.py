# random.seed(42) makes the sequence reproducible (Mersenne Twister).
import random

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.randint(1, 1000000))
random.seed(42)
print(random.randint(1, 6))
