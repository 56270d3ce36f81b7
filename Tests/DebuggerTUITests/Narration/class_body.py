# commands: s*16
class Person:
    kind = "person"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name

kim = Person("Kim")
print(kim.greet())
