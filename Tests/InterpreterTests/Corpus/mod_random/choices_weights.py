# choices with weights and cum_weights, choice, sample with counts.
import random

random.seed(11)
print(random.choices(['red', 'green', 'blue'], k=6))
print(random.choices(['win', 'lose'], weights=[1, 9], k=10))
print(random.choices('abc', cum_weights=[5, 6, 10], k=8))
print(random.choice(['rock', 'paper', 'scissors']), random.choice('xyz'), random.choice(range(100)))
print(random.sample(range(1, 50), 6))
print(random.sample(['a', 'b', 'c'], k=4, counts=[3, 2, 1]))
print(sorted(random.sample(range(10**6), 3)))
