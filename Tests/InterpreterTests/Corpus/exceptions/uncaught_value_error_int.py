# int() of a non-numeric string.
for text in ("42", " 7 ", "-3"):
    print(int(text))
print(int("x"))
print("never printed")
