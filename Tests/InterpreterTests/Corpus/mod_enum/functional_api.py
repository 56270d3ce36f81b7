# Enum('Name', ...) builds an enum without a class statement.
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal))
print(Animal.CAT.value, Animal(1))

Pet = Enum("Pet", [("DOG", "woof"), ("CAT", "meow")])
print(Pet.DOG, Pet("meow"), Pet.CAT.value)

Size = IntEnum("Size", {"S": 1, "M": 2, "L": 3})
print(list(Size), Size.M + Size.L)
