# Properties, classmethods and staticmethods can be abstract too.
from abc import ABC, abstractmethod


class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    @property
    def sound(self):
        return "woof"

    @classmethod
    def create(cls):
        return cls()


print(Dog.create().speak())
try:
    Animal()
except TypeError as e:
    print(e)
