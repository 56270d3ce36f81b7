# An inlined comprehension (CPython 3.12+) shares the slot of a function
# local of the same name and clears it on entry: until the comprehension
# binds it, the name is not among the locals; it comes back afterwards.
def f(a, b):
    squares = [b * b
               for b in range(a)]
    empty = [b
             for b in range(0)]
    try:
        [1 / b
         for b in range(2)]
    except ZeroDivisionError:
        pass
    return squares, empty, b
print(f(3, 'kept'))
