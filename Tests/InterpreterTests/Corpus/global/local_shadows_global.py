# Without global, assignment creates a local that shadows the module name.
name = "module"


def f():
    name = "local"
    print("in f:", name)


f()
print("module:", name)
