# collections.abc ABCs use the same metaclass as abc.ABC.
import collections.abc as cabc
from abc import ABC, abstractmethod

print(isinstance([], cabc.Iterable), isinstance({}, cabc.Mapping))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence))
print(isinstance((x for x in []), cabc.Iterator), isinstance(len, cabc.Callable))


class Named(ABC):
    @abstractmethod
    def name(self):
        ...


class Bag(Named, cabc.Sized):
    def __init__(self, *items):
        self.items = items

    def name(self):
        return "bag"

    def __len__(self):
        return len(self.items)


b = Bag(1, 2, 3)
print(b.name(), len(b), isinstance(b, cabc.Sized), isinstance(b, Named))
print(type(Bag).__name__)
