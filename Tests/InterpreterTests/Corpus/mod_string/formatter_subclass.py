import string
f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name:>8}|{n:05.1f}", name="pi", n=3.14159))
print(list(f.parse("a{0}b{x!r:>4}c{{}}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "?")
        return super().get_value(key, args, kwargs)
print(Default().format("{x} {y} {0}", 7, x=1))
try:
    f.format("{0} {1}", 1)
except IndexError as e:
    print("IndexError", e)
try:
    f.format("{a}")
except KeyError as e:
    print("KeyError", e)
print("{:^10}|{:*<6}|{:+}|{:x}|{:%}".format("mid", "ab", 5, 255, 0.25))
