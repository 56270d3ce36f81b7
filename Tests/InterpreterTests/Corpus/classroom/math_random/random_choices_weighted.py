# random.choices with weights and k.
import random

random.seed(10)
print(random.choices(["a", "b", "c"], k=5))
print(random.choices(["rare", "common"], weights=[1, 9], k=8))
