# Aligned columns with f-string widths.
rows = [("closures", 12, 0.5), ("cells", 3, 0.125), ("frames", 120, 1.0)]
print(f"{'name':<10}|{'count':>6}|{'share':>8}")
for name, count, share in rows:
    print(f"{name:<10}|{count:>6}|{share:>8.1%}")
print(f"{'total':<10}|{sum(r[1] for r in rows):>6}|")
