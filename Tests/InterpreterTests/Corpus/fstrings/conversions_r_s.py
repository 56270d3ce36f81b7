# !r calls repr, !s calls str.
name = "scope"
items = ["a", 1]
print(f"{name} {name!s} {name!r}")
print(f"{items} {items!r} {items!s}")
print(f"{'quote' + chr(39)!r}")
print(f"[{name!r:>10}]")
