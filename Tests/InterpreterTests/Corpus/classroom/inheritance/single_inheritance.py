# A subclass inherits attributes and methods.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    def speak(self):
        return self.name + " ignores you"


for pet in (Animal("generic"), Dog("Rex"), Cat("Tom")):
    print(pet.speak())
