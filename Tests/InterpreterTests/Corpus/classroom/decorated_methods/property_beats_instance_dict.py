# A property on the class wins over an entry in the instance __dict__.
class Box:
    @property
    def size(self):
        return "from property"


b = Box()
b.__dict__["size"] = "from dict"
print(b.size, b.__dict__)
print(type(Box.size).__name__, Box.size.fget.__name__)
try:
    b.size = 3
except AttributeError as e:
    print("AttributeError:", e)
