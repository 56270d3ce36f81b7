# Abstract methods can have a body that subclasses reach with super().
from abc import ABC, abstractmethod


class Base(ABC):
    @abstractmethod
    def greet(self):
        return "hello"


class Child(Base):
    def greet(self):
        return super().greet().upper() + "!"


class Grandchild(Child):
    pass


print(Child().greet(), Grandchild().greet())
print(Child.__abstractmethods__, Grandchild.__abstractmethods__)
print(Base.__mro__)
