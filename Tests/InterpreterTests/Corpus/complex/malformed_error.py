# Parsing complex numbers typed by a user.
answers = ["3+4j", "(1-1j)", "2j", "5"]
for text in answers:
    z = complex(text)
    print(text, "->", z, abs(z))
z = complex("3 + 4j")
print(z)
