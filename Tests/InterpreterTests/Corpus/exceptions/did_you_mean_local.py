# A misspelt local: CPython 3.13 suggests the nearest name in scope.
def average(values):
    total = sum(values)
    count = len(values)
    return totl / count


print(average([1, 2, 3]))
