# A method that uses super() (or __class__) gets a __class__ cell.
class Base:
    def hello(self):
        return "Base.hello"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()

    def plain(self):
        return "no super here"

    def which(self):
        return __class__.__name__


c = Child()
print(c.hello(), c.which())
print(Child.hello.__code__.co_freevars)
print(Child.plain.__code__.co_freevars)
print(Child.hello.__closure__[0].cell_contents is Child)
