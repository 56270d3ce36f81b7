# Augmented assignment operators.
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
s = "ab"
s *= 3
print(s)
bits = 0b1111
bits &= 0b0110
bits |= 0b1000
bits ^= 1
bits <<= 2
bits >>= 1
print(bits)
f = 7
f /= 2
print(f)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
