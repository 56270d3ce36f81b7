# Recursion over a nested list.
def deep_sum(items):
    total = 0
    for item in items:
        if isinstance(item, list):
            total += deep_sum(item)
        else:
            total += item
    return total


print(deep_sum([1, [2, 3], [[4], 5], []]))
