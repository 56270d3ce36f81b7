# Shuffle a deck, deal hands, reshuffle a copy.
import random

random.seed('cards')
suits = 'SHDC'
deck = [rank + suit for suit in suits for rank in 'A23456789TJQK']
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for hand in hands:
    print(' '.join(hand))
copy = deck[:]
random.shuffle(copy)
print(copy[:8], sorted(copy) == sorted(deck))
