# The method resolution order of a diamond, and super() following it.
class Base:
    def chain(self):
        return ["Base"]


class Left(Base):
    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def chain(self):
        return ["Bottom"] + super().chain()


print(Bottom().chain())
print([k.__name__ for k in Bottom.__mro__])
print(Bottom.__bases__)
