# A seeded random walk with choice.
import random

random.seed(99)
position = 0
path = []
for _ in range(15):
    position += random.choice([-1, 1])
    path.append(position)
print(path)
