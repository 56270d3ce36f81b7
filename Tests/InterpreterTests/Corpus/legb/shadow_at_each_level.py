# The same name at every level: each scope sees the nearest binding.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        x = "local"
        print("inner:", x)
    inner()
    print("outer:", x)


outer()
print("module:", x)
