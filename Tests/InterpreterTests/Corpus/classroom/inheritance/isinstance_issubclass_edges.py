# isinstance/issubclass with tuples, bool as an int, and classes as objects.
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Boat:
    pass


c = Car()
print(isinstance(c, (Boat, Vehicle)), isinstance(c, Boat))
print(issubclass(Car, Vehicle), issubclass(Car, Car), issubclass(Vehicle, Car))
print(issubclass(bool, int), isinstance(True, int), isinstance(Car, type))
print(issubclass(Car, object), type(c) is Vehicle, type(c) is Car)
try:
    issubclass(c, Vehicle)
except TypeError as e:
    print("TypeError:", e)
