# int() of a complex number is not allowed; take a part first.
z = 2.75 + 1j
print(int(z.real), round(z.real), int(abs(z)))
n = int(z)
print(n)
