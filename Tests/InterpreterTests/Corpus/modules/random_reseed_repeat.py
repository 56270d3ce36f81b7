# The same seed gives the same sequence; different seeds differ.
import random


def sample(seed):
    random.seed(seed)
    return [random.randint(0, 99) for _ in range(5)]


print(sample(0))
print(sample(0) == sample(0), sample(0) == sample(1))
print(sample(123456789))
