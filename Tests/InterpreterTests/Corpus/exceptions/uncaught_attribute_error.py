# AttributeError on an int.
n = 5
print(n.real, n.imag)
print(n.bit_length())
n.foo
