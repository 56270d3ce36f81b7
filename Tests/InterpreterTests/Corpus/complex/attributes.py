# The parts of a complex number, its methods and its place in the number tower.
import numbers

z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real), type(z.imag))
print((5).real, (5).imag, (2.5).imag, True.imag, (5).conjugate(), (2.5).conjugate())
print(z.__getnewargs__(), (1j).__complex__(), complex.conjugate(1 + 1j))
print(isinstance(z, complex), isinstance(1, complex), isinstance(1.0, complex), issubclass(complex, object))
print(isinstance(z, numbers.Complex), isinstance(z, numbers.Real), isinstance(z, numbers.Number))
print(isinstance(1, numbers.Complex), isinstance(2.0, numbers.Complex))
print((1j).__add__(2), (1j).__radd__(2), (1j).__mul__(1j), (1j).__add__("x"))
print((2 + 2j).__truediv__(2), (2j).__rtruediv__(4), (1j).__pow__(2), (2j).__rpow__(2))
print(abs(z), z.__abs__(), -z, z.__neg__(), z.__pos__(), (0j).__bool__())
print(complex.__name__, complex, type(1j) is complex, z.__class__)
print(format(z, ".1f"), z.__format__(".1f"), z.__format__(""))
try:
    z.real = 5
except AttributeError as err:
    print("AttributeError:", err)
try:
    z.nope
except AttributeError as err:
    print("AttributeError:", err)
try:
    round(z)
except TypeError as err:
    print("TypeError:", err)
for conv in [int, float]:
    try:
        conv(z)
    except TypeError as err:
        print("TypeError:", err)
import math
for fn in [math.sqrt, math.floor, math.isnan]:
    try:
        fn(z)
    except TypeError as err:
        print(fn.__name__, "TypeError:", err)
try:
    divmod(z, 2)
except TypeError as err:
    print("TypeError:", err)
