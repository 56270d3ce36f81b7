# Shuffling and dealing a seeded deck.
import random

random.seed(3)
suits = "SHDC"
ranks = "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i:i + 5] for i in range(0, 20, 5)]
for hand in hands:
    print(" ".join(hand))
