# open() is not available in scopewalk's sandbox.
name = "data.txt"
print("opening", name)
with open(name) as f:
    print(f.read())
print("never printed")
