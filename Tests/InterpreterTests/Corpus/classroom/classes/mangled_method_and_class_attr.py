# Mangling applies to methods and class attributes too, but not to __dunder__ names.
class Counter:
    __step = 2
    __slots_note__ = "dunder names are left alone"

    def __bump(self, n):
        return n + self.__step

    def run(self, n):
        return self.__bump(n)


c = Counter()
print(c.run(5))
print(Counter._Counter__step, Counter.__slots_note__)
print("_Counter__step" in vars(Counter), "__step" in vars(Counter), "__qualname__" in vars(Counter))
try:
    c.__bump(1)
except AttributeError as e:
    print(e)
