# isinstance and type with user classes.
class Animal:
    pass


class Cat(Animal):
    pass


c = Cat()
print(isinstance(c, Cat), isinstance(c, Animal), isinstance(c, object))
print(type(c) is Cat, type(c) is Animal, issubclass(Cat, Animal))
print(isinstance(Cat, type), type(Cat).__name__)
