# A local named max hides the builtin only inside the function.
def f():
    max = "not the builtin"
    return max


print(f())
print(max(3, 7))


def g(sum):
    return sum


print(g(5), sum([1, 2, 3]))
