# An exception leaving a function while a for loop runs over a generator:
# CPython pops the frame's stack first, which closes the generator (its
# finally runs one frame down), then reports the function's return.
def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('numbers closed')
def total(n, step):
    t = 0
    for x in numbers(n):
        t = t + step
    return t
try:
    total(3, None)
except TypeError as e:
    print(type(e).__name__)
print(total(3, 1))
