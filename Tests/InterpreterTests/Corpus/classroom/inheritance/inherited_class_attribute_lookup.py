# Attribute lookup walks instance, class, then base classes.
class Base:
    color = "red"
    size = 1


class Derived(Base):
    size = 2


d = Derived()
print(d.color, d.size)
Base.color = "blue"
print(d.color)
d.color = "green"
print(d.color, Derived.color)
print("color" in vars(Derived), "size" in vars(Derived))
