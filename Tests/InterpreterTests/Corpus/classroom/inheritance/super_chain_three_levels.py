# super() walks up a three-level chain; each level adds to the result.
class Animal:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name}"


class Mammal(Animal):
    def __init__(self, name, legs):
        super().__init__(name)
        self.legs = legs

    def describe(self):
        return super().describe() + f", {self.legs} legs"


class Dog(Mammal):
    def __init__(self, name):
        super().__init__(name, 4)

    def describe(self):
        return "Dog: " + super().describe()


d = Dog("Rex")
print(d.describe())
print([c.__name__ for c in Dog.__mro__])
