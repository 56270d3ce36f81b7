# getstate/setstate replay the same draws; gauss keeps its spare value in the state.
import random

random.seed(99)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
print(state[0], len(state[1]), state[2])
random.gauss()
saved = random.getstate()
print(type(saved[2]).__name__)
g1 = random.gauss()
random.setstate(saved)
print(g1 == random.gauss())
r = random.Random()
r.setstate(saved)
print(r.random() == random.random())
