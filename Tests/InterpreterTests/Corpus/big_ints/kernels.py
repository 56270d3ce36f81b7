# corpus: no-trace
# Big-integer kernels on sizes around and past the multiplication
# thresholds: products of unbalanced and balanced operands, sums and
# differences with carries across limbs, str() of large values, negatives.
import sys

sys.set_int_max_str_digits(0)

seed = 987654321


def rand_bits(bits):
    global seed
    value = 0
    while value.bit_length() < bits:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        value = (value << 64) | seed
    return value >> (value.bit_length() - bits)


checks = []
for bits in (64, 128, 1000, 3000, 3071, 3072, 3073, 6000, 20000, 50000):
    for other in (64, 100, 2999, 3100, 9000, 50000):
        a = rand_bits(bits)
        b = rand_bits(other)
        p = a * b
        checks.append((p % 1000000007, p.bit_length(), (p // b == a), (-a) * b == -p))
        s = a + b
        d = a - b
        checks.append((s % 998244353, d % 998244353, (s - b) == a, (d + b) == a))
print(checks[:6])
print(sum(c[0] for c in checks), all(c[2] and c[3] for c in checks))

for n in (2 ** 64, 2 ** 64 - 1, 10 ** 19, 10 ** 19 - 1, 10 ** 38, -(10 ** 45) + 1, 2 ** 200, 3 ** 500):
    print(n)
big = rand_bits(40000)
text = str(big)
print(len(text), text[:30], text[-30:], int(text) == big)
print(str(-big)[:10], repr(big * big)[-20:])
fact = 1
for k in range(2, 1200):
    fact *= k
print(len(str(fact)), str(fact)[:40], sum(map(int, str(fact))))
a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
print(len(str(a)), str(a)[:25], str(a)[-25:])
print(pow(7, 3000, 10 ** 30), (10 ** 3000 + 7) * (10 ** 2500 - 3) % (2 ** 127 - 1))
