# A factory returns a new closure per call, each with its own cell.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply


times3 = make_multiplier(3)
times5 = make_multiplier(5)
print(times3(10), times5(10))
print(times3.__closure__[0] is times5.__closure__[0])
print(times3.__closure__[0].cell_contents, times5.__closure__[0].cell_contents)
print(times3.__code__ is times5.__code__)
