# except* takes the matching part of a group; the rest goes on.
def risky(n):
    errors = []
    for i in range(n):
        if i % 2:
            errors.append(ValueError(f"odd {i}"))
        else:
            errors.append(TypeError(f"even {i}"))
    raise ExceptionGroup("batch", errors)

try:
    try:
        risky(4)
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
    print(repr(eg))
print("done")
