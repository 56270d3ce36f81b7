# attrgetter fetches attributes, including dotted paths like "owner.name".
import operator


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age


class Pet:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner


ann, bob = Person("Ann", 34), Person("Bob", 27)
pets = [Pet("Rex", ann), Pet("Tom", bob), Pet("Kit", ann)]

print([p.name for p in sorted(pets, key=operator.attrgetter("name"))])
print([p.name for p in sorted(pets, key=operator.attrgetter("owner.age", "name"))])
print(operator.attrgetter("owner.name")(pets[1]))
print(operator.attrgetter("name", "owner.name")(pets[2]))
print(operator.attrgetter("owner.name", "name"))

try:
    operator.attrgetter("owner.email")(pets[0])
except AttributeError as e:
    print("AttributeError:", e)

try:
    operator.attrgetter(42)
except TypeError as e:
    print("TypeError:", e)
