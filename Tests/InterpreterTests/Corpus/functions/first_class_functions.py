# Functions are values: stored, passed and returned.
def apply(fn, values):
    return [fn(v) for v in values]


def shout(s):
    return s.upper()


ops = {"shout": shout, "length": len, "double": lambda s: s * 2}
for name in ops:
    print(name, apply(ops[name], ["ab", "cde"]))
alias = shout
print(alias is shout, alias.__name__)
