# Equality with other numbers, hashing, and complex numbers as keys.
print(1 + 0j == 1, 1 == 1 + 0j, 1j == 1, 2.5 + 0j == 2.5, True == 1 + 0j, 0j == False)
print(1 + 1j != 1 + 1j, 1 + 1j != 1, (1 + 2j) == (1 + 2j), 10**20 + 0j == 10**20)
print(2**53 + 1 == complex(2**53 + 1), complex(float("nan")) == complex(float("nan")))
print(hash(1 + 2j), hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j), hash(0j))
print(hash(1j), hash(-1j), hash(complex(1e300, -1e300)), hash(complex(float("inf"), 0)))
seen = {1 + 0j, 1, 1.0, 2j, 2j}
print(seen, len(seen))
table = {1: "one", 2j: "two j"}
print(table[1 + 0j], table[complex(0, 2)])
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(1e-300, 0)))
if 0j:
    print("never")
else:
    print("0j is false")
print(1j in [1, 2, 1j], 0j in [0], [1j, 2j].index(2j), [1, 1j, 1 + 0j].count(1))
print((1j).__eq__(1j), (1j).__eq__("a"), (1j).__lt__(2j), (1 + 0j).__ne__(1))
