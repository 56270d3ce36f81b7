# from ... import ... and import ... as ...
from math import sqrt, pi as PI
import math as m
import random as rnd

print(sqrt(49), PI == m.pi)
print(m.floor(3.7), type(m).__name__)
rnd.seed(1)
print(rnd.randint(1, 6) in range(1, 7))
