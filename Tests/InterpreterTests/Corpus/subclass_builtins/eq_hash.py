# __eq__ and __hash__ on subclasses of hashable built-ins.
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return sum(map(ord, self.lower()))


names = {Caseless("Ann"): 1}
print(names.get(Caseless("ANN")), Caseless("Bob") == "bob", Caseless("Bob") != "BOB", "bob" == Caseless("BOB"))
print(Caseless("x") in [Caseless("X")], len({Caseless("a"), Caseless("A")}))


class Approx(float):
    def __eq__(self, other):
        return abs(self - other) < 0.01

    __hash__ = float.__hash__


print(Approx(1.0) == 1.001, Approx(1.0) == 1.1, 1.001 == Approx(1.0), Approx(2.0) < 3)


class Version(tuple):
    def __lt__(self, other):
        print("  __lt__")
        return tuple.__lt__(self, other)


print(sorted([Version((1, 2)), Version((1, 0))]))
print(Version((1, 2)) < (1, 3), Version((2,)) > (1,))
