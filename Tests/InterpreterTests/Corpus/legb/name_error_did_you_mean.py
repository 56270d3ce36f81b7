# CPython 3.13 adds a "Did you mean" suggestion to NameError tracebacks.
counter = 3
print(counter)
print(countr)
print("never printed")
