# Every callable has __call__: functions, builtins, methods, classes, objects.
def square(x):
    return x * x

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
    def reset(self):
        self.n = 0

class Plain:
    pass

things = [square, len, print, Counter, Counter().reset, Counter(), Plain(),
          Plain, lambda: 0, int, str.upper, 'x'.upper, [].append, object]
for t in things:
    print(hasattr(t, '__call__'), callable(t))

print(square.__call__(4), len.__call__('abc'), int.__call__('7'))
c = Counter()
print(c.__call__(), c.__call__(step=5), c(), Counter.__call__(c, 10))
bound = Counter().reset
print(bound.__call__() is None)
print('__call__' in dir(square), '__call__' in dir(len), '__call__' in dir(Plain()))

def apply_all(fns, value):
    # duck typing on __call__, as some course code does
    return [f(value) for f in fns if hasattr(f, '__call__')]
print(apply_all([square, abs, 'not callable', str], -3))
