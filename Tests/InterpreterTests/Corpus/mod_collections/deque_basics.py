# collections.deque: fast appends and pops at both ends
import collections

d = collections.deque([2, 3])
d.append(4)
d.appendleft(1)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-1)
print(d, 7 in d, d.index(7), d.count(0))
empty = collections.deque()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
