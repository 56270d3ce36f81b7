# format(), f-strings and str.format with complex numbers.
z = 3.14159 - 2.71828j
print(f"{z}", f"{z:.2f}", f"{z:g}", f"{z:e}", f"{z:.3E}", f"{z:F}", f"{z:G}")
print(f"[{z:>30}]", f"[{z:<30}]", f"[{z:^30}]", f"[{z:*^30.2f}]", f"[{z:30}]")
print(f"{z:+.1f}", f"{z: .1f}", f"{z:-.1f}", f"{1j:+}", f"{1j: }", f"{-1j:}", f"{1j:}")
print(f"{1 + 2j:}", f"{3 + 0j:}", f"{0j:}", f"{-0.0 + 1j:}", f"{1j:.3}", f"{1 + 2j:.3}")
print(f"{12345.678 + 9876543.21j:,.2f}", f"{1e6 + 1e7j:_.1f}", f"{1j:n}", f"{1234.5 + 6j:n}")
print(f"{1.0 + 2j:#g}", f"{1e20 + 1j:g}", f"{1e-10j:.3g}", f"{complex(-0.0, -0.0):z.1f}")
print("{0} and {0:.1f} and {0!r:>12}".format(1.25 - 0.5j))
inf = float("inf")
print(f"{complex(inf, float('nan')):f}", f"{complex(-inf, inf):E}", f"{complex(inf, 1):}")
print(format(1 + 2j), format(1 + 2j, ""), format(2j, "10"), format(1.5 + 2.5j, ".0f"))
for spec in ["010", "=10", "c", "d", "%", "x", ",n", "s"]:
    try:
        format(1 + 2j, spec)
    except ValueError as err:
        print(repr(spec), "ValueError:", err)
print("%s %r" % (1j, 2 + 3j))
try:
    print("%f" % 1j)
except TypeError as err:
    print("TypeError:", err)
