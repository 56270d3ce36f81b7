# choice and shuffle after seeding.
import random

random.seed(42)
colors = ["red", "green", "blue", "cyan", "magenta"]
print(random.choice(colors), random.choice(colors), random.choice(colors))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.choice("scope"))
