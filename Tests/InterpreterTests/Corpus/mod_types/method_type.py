# types.MethodType binds a function to one object
import types


class Dog:
    def __init__(self, name):
        self.name = name


def speak(self, times=1):
    return f"{self.name}: " + "woof " * times


rex = Dog("Rex")
rex.speak = types.MethodType(speak, rex)
print(rex.speak())
print(rex.speak(2))
print(rex.speak.__self__ is rex, rex.speak.__func__ is speak)
fido = Dog("Fido")
print(hasattr(fido, "speak"))
