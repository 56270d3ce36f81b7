# Concatenating a str and an int: the message names str first.
name = "scope"
print(name + str(2))
print(name + "2")
print(name + 2)
