# Expressions in f-strings may span lines inside the braces.
values = [1, 2, 3]
print(f"total: {
    sum(values)
}")
print(f"{'-' * 3}{
    ', '.join(map(str, values))
}{'-' * 3}")
