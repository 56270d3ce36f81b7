# deque: maxlen, rotate, appendleft, repr, indexing, in, errors.
from collections import deque

d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft([7, 8])
print(d, d.popleft(), d.pop(), d)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(w)
w.appendleft(-1)
print(w, w.maxlen)
print(deque('abc') == deque('abc'), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
d[1] = 'x'
del d[0]
print(d, d.index('x'), d.count(2))
d.remove('x')
d.insert(1, 'y')
print(d, list(reversed(d)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
try:
    w.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)
e = deque(range(5), 2)
print(e, e * 2, e + deque([9]), bool(deque()), deque(e))
e.clear()
print(e, repr(deque()))
x = deque([1, 2])
x.extend(x)
print(x, x.copy(), deque([[1]]) == deque([[1]]))
try:
    for item in x:
        x.append(1)
except RuntimeError as err:
    print("RuntimeError:", err)
x.reverse()
print(x, type(x).__name__, type(x).__module__)
