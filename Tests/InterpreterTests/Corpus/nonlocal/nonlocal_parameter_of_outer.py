# nonlocal can rebind a parameter of the enclosing function.
def accumulate(total):
    def add(n):
        nonlocal total
        total += n
        return total
    return add


acc = accumulate(100)
print(acc(1), acc(10), acc(100))
