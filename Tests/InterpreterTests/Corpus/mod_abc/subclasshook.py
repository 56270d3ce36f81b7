# __subclasshook__ lets an ABC accept any class with the right methods.
from abc import ABC, abstractmethod


class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        print("closed")


class Rock:
    pass


print(issubclass(File, Closeable), isinstance(File(), Closeable))
print(issubclass(Rock, Closeable), isinstance(Rock(), Closeable))
