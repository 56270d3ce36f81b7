# str.format with format specs.
print("{:08.3f}|{:<8}|{:^8}|{:>8}|".format(3.14159, "l", "c", "r"))
print("{:,}|{:_b}|{:#x}|{:#o}|{:%}".format(10 ** 7, 255, 255, 8, 0.25))
print("{:e}|{:.2e}|{:g}|{:G}".format(1234.5, 0.000123, 1e-10, 1e20))
print("{:+}|{:-}|{: }".format(1, 1, 1))
print("{!r:>8}|{!s:<8}|".format("x", "y"))
