# Printing a class's __dict__ is a classic OOP lesson step: CPython shows a
# read-only mappingproxy in definition order, with the descriptors type() adds.
class Dog:
    """A dog."""
    species = 'canis'

    def __init__(self, name):
        self.name = name

    def bark(self):
        return 'woof'

class Puppy(Dog):
    pass

class Point:
    __slots__ = ('x', 'y')

class Temperature(float):
    pass

class AppError(Exception):
    pass

for cls in [Dog, Puppy, Point, Temperature, AppError]:
    print(cls.__name__, list(cls.__dict__))
print(Dog.__dict__['__dict__'], Dog.__dict__['__weakref__'])
print(type(Dog.__dict__).__name__, 'bark' in Dog.__dict__, Dog.__dict__['species'])
print(repr(Puppy.__dict__))
print(Puppy.__dict__)
try:
    Dog.__dict__['legs'] = 4
except TypeError as e:
    print('TypeError:', e)
Dog.legs = 4
print('legs' in vars(Dog), vars(Dog).get('legs'), len(vars(Puppy)))
for name, value in vars(Dog).items():
    if not name.startswith('__'):
        print(name, callable(value))
d = Dog('rex')
print(vars(d), [k for k in ('name', 'bark', 'species', 'legs', 'color') if k in dir(d)])
