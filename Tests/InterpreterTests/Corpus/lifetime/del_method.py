# __del__ runs when the last reference to an object goes.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("release", self.name)


a = Resource("a")
del a
print("after del a")

b = Resource("b")
b = Resource("c")
print("after rebinding b")


def use():
    r = Resource("local")
    print("using", r.name)


use()
print("after use()")

items = [Resource("x"), Resource("y")]
items.pop()
print("after pop")
items.clear()
print("after clear")

alias = Resource("shared")
other = alias
del alias
print("one reference left")
del other
print("end")
