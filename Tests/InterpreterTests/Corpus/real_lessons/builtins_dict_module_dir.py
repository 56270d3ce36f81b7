# builtins.__dict__ is the live namespace global-name lookups fall back to,
# and dir(module) lists the dunders CPython's modules have.
import builtins
import math, itertools, string, collections, functools, random, heapq

builtins.__dict__['GREETING'] = 'hello'
print(GREETING)

def shout(text):
    return text.upper() + '!'
builtins.__dict__['shout'] = shout
print(shout('hi'))

saved = builtins.__dict__['len']
builtins.__dict__['len'] = lambda seq: -1
print(len([1, 2, 3]))
builtins.__dict__['len'] = saved
print(len([1, 2, 3]))

del builtins.__dict__['GREETING']
try:
    print(GREETING)
except NameError as e:
    print('NameError:', e)

builtins.ANSWER = 42
print(builtins.__dict__['ANSWER'], ANSWER, 'ANSWER' in vars(builtins))
print(__builtins__ is builtins, type(__builtins__).__name__)
__builtins__.__dict__['LATER'] = 'set via __builtins__'
print(LATER)

STANDARD = ('__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__')
for m in [math, itertools, string, collections, functools, random, heapq]:
    print(m.__name__, sorted(set(dir(m)).intersection(STANDARD)))
print(math.__spec__ is not None or math.__spec__ is None, itertools.__package__, string.__package__)
print(type(string.__builtins__).__name__, string.__builtins__['len'] is len)
print('__file__' in dir(itertools), '__builtins__' in dir(math), '__cached__' in dir(collections))
