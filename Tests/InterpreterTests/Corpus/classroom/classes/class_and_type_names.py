# A class knows its name, qualified name and module; instances know their class.
class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__


o = Outer.Inner()
print(type(o).__name__, Outer.Inner.__qualname__, o.where())
print(o.__class__ is Outer.Inner, Outer.__module__)
print(type(Outer), type(type(o)), type(3).__name__)
print(isinstance(Outer, type), isinstance(o, object))
