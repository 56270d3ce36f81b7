# Instance attributes shadow class attributes of the same name.
class Dog:
    species = "canis"
    legs = 4

    def __init__(self, name):
        self.name = name


a = Dog("Rex")
b = Dog("Fido")
b.legs = 3
print(a.species, a.legs, b.legs, Dog.legs)
Dog.species = "canis familiaris"
print(a.species, b.species)
print(sorted(vars(b)), "legs" in vars(a))
