# Subclassing property: a cached property that stores its value in the
# instance, and a class-level property built on classmethod.
class cached(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name not in obj.__dict__:
            print("computing", name)
            obj.__dict__[name] = self.fget(obj)
        return obj.__dict__[name]


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        "The area, computed once."
        return 3 * self.r * self.r


c = Circle(2)
print(c.area)
print(c.area)
print(type(Circle.area).__name__, isinstance(Circle.area, property))
print(Circle.area.__doc__)
print(Circle.area.__name__)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)


class classproperty(property):
    def __get__(self, obj, owner=None):
        return self.fget(owner)


class Config:
    name = "demo"

    @classproperty
    def title(cls):
        return cls.name.upper()


print(Config.title, Config().title)


class logged(property):
    def __set__(self, obj, value):
        print("set", self.__name__, "to", value)
        super().__set__(obj, value)


class Account:
    def __init__(self):
        self._balance = 0

    @logged
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value


a = Account()
a.balance = 10
print(a.balance, type(Account.__dict__["balance"]).__name__)
print(repr(Account.__dict__["balance"]).startswith("<__main__.logged object at"))
