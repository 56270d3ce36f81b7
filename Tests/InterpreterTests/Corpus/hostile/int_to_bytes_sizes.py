# int.to_bytes with sizes a program cannot have: a length beyond memory is a
# MemoryError (8 * length overflowed in the unchecked build, and the bytes
# were made one shift of the whole number at a time); negatives are two's
# complement bytes of |n| - 1, inverted.
for expr in ["(-1).to_bytes(2**62, 'big', signed=True)", "(1).to_bytes(2**62)",
             "(1).to_bytes(-1)", "(-5).to_bytes(3)", "(256).to_bytes(1)",
             "(-129).to_bytes(1, signed=True)", "(-128).to_bytes(1, signed=True)",
             "(-1).to_bytes(0, signed=True)", "(-2).to_bytes(0, signed=True)"]:
    try:
        print(expr, "->", eval(expr))
    except (MemoryError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
n = -(2**4000) + 12345
b = n.to_bytes(501, "little", signed=True)
print(len(b), b[:4].hex(), b[-2:].hex(), int.from_bytes(b, "little", signed=True) == n)
print((-1).to_bytes(100000, "big", signed=True)[:3], (2**70).to_bytes(9, "big").hex())
