# Subclassing staticmethod and classmethod: the subclass's instances wrap the
# function, take its name and doc, and bind as the built-ins do.
class mystatic(staticmethod):
    pass


class counted(classmethod):
    calls = 0

    def __get__(self, obj, owner=None):
        counted.calls += 1
        return super().__get__(obj, owner)


class Tools:
    @mystatic
    def add(a, b):
        "Add two numbers."
        return a + b

    @counted
    def make(cls, n):
        return cls.__name__ + "*" + str(n)


print(Tools.add(2, 3), Tools().add(4, 5))
print(Tools.make(1), Tools().make(2), counted.calls)
sm = Tools.__dict__["add"]
print(type(sm).__name__, isinstance(sm, staticmethod))
print(sm.__name__, sm.__qualname__, sm.__doc__)
print(sm.__func__ is sm.__wrapped__, sm(10, 20))
cm = Tools.__dict__["make"]
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__get__(None, Tools)(3))
print(cm.__get__(Tools())(4))


class Sub(Tools):
    pass


print(Sub.make(5))
print(mystatic(len)("abc"))
