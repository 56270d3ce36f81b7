# dict.__getitem__ calls __missing__ on a subclass; get() and `in` do not.
class Tally(dict):
    def __missing__(self, key):
        return 0


class AutoList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value


t = Tally()
for word in "the cat and the hat and the bat".split():
    t[word] = t[word] + 1
print(t)
print(t["dog"], t.get("dog"), "dog" in t, len(t))
print(isinstance(t, dict), sorted(t.items(), key=lambda kv: -kv[1])[:2])

groups = AutoList()
for name in ["ann", "bob", "amy", "ben", "cal"]:
    groups[name[0]].append(name)
print(groups, type(groups).__name__)
print(dict(groups), type(dict(groups)).__name__)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no entry for {key!r}")


try:
    Strict(a=1)["b"]
except KeyError as e:
    print("KeyError:", e)
