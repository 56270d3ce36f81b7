# The format() builtin applies one spec.
print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "*^6"))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(255, "X"))
print(repr(format(7)), format(True), format(None))
print(format(-2.5, "+.1f"), format(12, ">5"), format("x", "<3") + "|")
