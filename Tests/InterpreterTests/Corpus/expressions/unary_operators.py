# Unary minus, plus, invert and not.
x = 5
print(-x, +x, ~x, not x)
print(-(-x), ~~x, - - x)
print(-0.0, +True, -True, ~1)
