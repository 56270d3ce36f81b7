# The format-spec mini-language: fill, align, sign, width, grouping, precision, type.
n, x = 1234567, 3.14159
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:*^12}]")
print(f"[{n:,}] [{n:_}] [{n:+}] [{-n: }] [{n:012,}]")
print(f"[{x:.2f}] [{x:8.3f}] [{x:+.1e}] [{x:.0%}] [{0.5:.1%}]")
print(f"[{255:b}] [{255:#x}] [{255:#o}] [{255:08b}] [{-42:x}]")
print(f"[{'hi':>5}] [{'hi':-<5}] [{'hi'!r:>6}] [{'long text':.4}]")
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{'mid':^{w}}]")
print("{:>{}}|{:.{}f}".format("r", 6, 2.71828, 2))
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
