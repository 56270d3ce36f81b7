# Imaginary literals and how complex numbers print.
a = 1j
b = 2.5J
c = 1e3j
d = 0j
e = 1_0j
f = 3 + 4j
print(a, b, c, d, e, f)
print(repr(-0j), repr(0j), -(0j), -d)
print(1e100j, 1.5e-7j, 123456789012345678j)
print((1 + 2j), (1.5 - 2.25j), (-1 - 1j))
print([1j, 2 + 0j, -3j], (1j,), {"z": 1 - 1j})
print(str(2 + 3j), repr(2 + 3j))
print(complex(1e16, 2), complex(0.1, 0.2), complex(-0.0, 1))
inf = float("inf")
nan = float("nan")
print(complex(inf, -inf), complex(nan, inf), complex(0, nan), complex(1, -nan))
print(type(1j), type(1j).__name__)
print(0.5j * 2, 1j * 1j)
