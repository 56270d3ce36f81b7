# Constant folding as CPython 3.13's AST optimizer does it: an operation on
# constants is one constant (shared by the whole module), within the
# optimizer's limits (ints of at most 128 bits from *, ** and <<, tuples of
# at most 256 items, str and bytes of at most 4096); beyond them the value
# is computed at run time, a new object each time.
big = 10**30


def again():
    return 10**30


print(big is again())
print(2**127 is 2**127, 1 << 127 is 1 << 127, 1 << 128 is 1 << 128)
print(2**64 * 2**63 is 2**64 * 2**63, 2**64 // 3 is 2**64 // 3)
print(-(10**30) is -(10**30), ~(10**30) is ~(10**30))
print((1, 2) * 128 is (1, 2) * 128, (1, 2) * 129 is (1, 2) * 129)
print(b"ab" * 2048 is b"ab" * 2048, b"ab" * 2049 is b"ab" * 2049)
print("ab" + "cd" is "abcd", "x" * 4096 is "x" * 4096, "x" * 4097 is "x" * 4097)
print((1 + 2j) is (1 + 2j), (1,) + (2,) is (1, 2))
t = (10**30, 2**100)
print(t is (10**30, 2**100), t == (10**30, 2**100))
print(10**30, 2**-2, (1 + 2j) * 1j, (-8) ** (1 / 3))
