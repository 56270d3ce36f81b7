# typing.NamedTuple class syntax makes a real tuple subclass.
from typing import NamedTuple


class Employee(NamedTuple):
    """A person on the payroll."""
    name: str
    id: int = 3

    def greeting(self) -> str:
        return f"Hello, {self.name}"


e = Employee("Guido")
print(e, isinstance(e, tuple), Employee.__mro__)
print(e.greeting(), e[0], len(e), e._fields, Employee._field_defaults)
print(Employee.__annotations__, Employee.__doc__)
name, ident = e
print(name, ident, e._replace(id=7), e._asdict(), e == ("Guido", 3))
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError:", err)
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair.__annotations__, isinstance(Pair(1, "y"), tuple))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print("TypeError:", err)
print(sorted([Employee("b", 1), Employee("a", 2)]))
