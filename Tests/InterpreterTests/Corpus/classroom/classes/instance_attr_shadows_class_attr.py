# An instance attribute hides the class attribute of the same name.
class Dog:
    sound = "woof"


a, b = Dog(), Dog()
a.sound = "WOOF!"
print(a.sound, b.sound, Dog.sound)
Dog.sound = "arf"
print(a.sound, b.sound)
del a.sound
print(a.sound)
try:
    del a.sound
except AttributeError as e:
    print("AttributeError:", e)
