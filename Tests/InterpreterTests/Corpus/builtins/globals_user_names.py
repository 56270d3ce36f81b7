# globals() holds the module's names (dunder names filtered out).
alpha = 1


def beta():
    return [k for k in globals() if not k.startswith("__")]


print(beta())
gamma = "added later"
print(beta())
print(globals()["alpha"], "gamma" in globals())
globals()["delta"] = 4
print(delta)
