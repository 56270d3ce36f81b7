# Builtins are looked up last, so a module can rebind one for a while.
saved = sorted
print(sorted([3, 1, 2]))


def sorted(x):
    return "shadowed"


print(sorted([3, 1, 2]))
sorted = saved
print(sorted([3, 1, 2]))
