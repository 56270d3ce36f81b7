# isinstance and issubclass across a hierarchy.
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Boat(Vehicle):
    pass


things = [Car(), Boat(), Vehicle()]
print([type(t).__name__ for t in things if isinstance(t, Vehicle)])
print([type(t).__name__ for t in things if isinstance(t, (Car, Boat))])
print(issubclass(Car, (Boat, Vehicle)), issubclass(Vehicle, Car))
