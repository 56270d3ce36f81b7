# The power set of a small list.
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(subsets([1, 2, 3]))
