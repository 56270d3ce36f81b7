# Handling errors inside a loop and carrying on.
values = ["1", "two", "3", None, "5"]
total = 0
errors = []
for v in values:
    try:
        total += int(v)
    except (ValueError, TypeError) as exc:
        errors.append(type(exc).__name__)
print(total, errors)
