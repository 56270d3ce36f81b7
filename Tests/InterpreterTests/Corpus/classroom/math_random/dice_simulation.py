# A seeded dice simulation: counts of each face.
import random

random.seed(2025)
counts = [0] * 7
for _ in range(120):
    counts[random.randint(1, 6)] += 1
print(counts[1:], sum(counts))
