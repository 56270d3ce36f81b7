# super().__init__ runs the parent's initialiser.
class Person:
    def __init__(self, name):
        self.name = name


class Student(Person):
    def __init__(self, name, school):
        super().__init__(name)
        self.school = school

    def __repr__(self):
        return f"Student({self.name!r}, {self.school!r})"


s = Student("Ann", "MIT")
print(s, s.name)
print(vars(s))
