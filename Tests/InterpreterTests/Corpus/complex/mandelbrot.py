# The classic: a tiny Mandelbrot set drawn with complex iteration.
def escapes(c, limit=12):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


rows = []
for im in [1.0, 0.5, 0.0, -0.5, -1.0]:
    line = ""
    for re in [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5]:
        n = escapes(complex(re, im))
        line += "#" if n == 12 else str(n % 10)
    rows.append(line)
print("\n".join(rows))
