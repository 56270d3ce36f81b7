# Seeded dice: randint, a tally, and the same rolls again after reseeding.
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(30)]
print(rolls)
tally = {face: rolls.count(face) for face in range(1, 7)}
print(tally)
random.seed(2024)
print(rolls == [random.randint(1, 6) for _ in range(30)])
print(random.randrange(0, 100, 5), random.randrange(10), random.randrange(-10, -1))
