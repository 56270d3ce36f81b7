# The everyday cmath functions and constants.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(3 + 4j), cmath.sqrt(-2.25), cmath.sqrt(1j))
print(cmath.exp(1j * cmath.pi), cmath.exp(0), cmath.exp(1 + 1j), cmath.exp(-1000))
print(cmath.log(-1), cmath.log(1j), cmath.log(10), cmath.log(100, 10), cmath.log(8, 2), cmath.log(1j, 1j))
print(cmath.log10(-100), cmath.log10(1000j), cmath.log(2 + 3j, 1 + 1j))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.phase(complex(-1, -0.0)), cmath.phase(5))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j))
r, phi = cmath.polar(1 + 1j)
print(r, phi, cmath.rect(r, phi), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.rect(-1, 0.0))
print(type(cmath.sqrt(4)), type(cmath.phase(1)), cmath.sqrt(True), cmath.sqrt(10**20))
print(cmath)
