# __missing__ on user dict subclasses, as CPython's dict.__getitem__ calls it.
class Zero(dict):
    def __missing__(self, key):
        return 0

class Auto(dict):
    def __missing__(self, key):
        self[key] = value = Auto()
        return value

z = Zero(a=1)
print(z['a'], z['b'], z, z.get('b'), 'b' in z)
a = Auto()
a['x']['y']['z'] = 1
print(a)

class Sub(Zero):
    pass

s = Sub()
print(s['q'], type(s).__name__)

class Raise(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")

try:
    Raise()['k']
except KeyError as e:
    print("KeyError", e)

class Fmt(dict):
    def __missing__(self, key):
        return '{' + key + '}'

print("{name} is {age}".format_map(Fmt(name="Ann")))
