# Format specifications: width, alignment, precision, sign, grouping, type.
pi = 3.14159265
n = 1234567
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:^10.0f}] [{pi:+.2f}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:e}] [{n:.2e}]")
print(f"[{0.256:.1%}] [{42:05d}] [{-42:05d}] [{42:+d}] [{42: d}]")
print(f"[{'left':<8}] [{'right':>8}] [{'mid':^8}] [{'fill':*^10}]")
print(f"[{12:b}] [{12:o}] [{255:X}] [{1.5:g}] [{1e20:g}] [{0.0001:g}]")
print(f"[{True}] [{None!s:>6}] [{3:.2f}] [{7.0:.0f}] [{2.5:.0f}]")
