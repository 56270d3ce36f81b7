# Returning from inside a with block still runs __exit__.
class Guard:
    def __enter__(self):
        print("guard on")

    def __exit__(self, *exc):
        print("guard off")


def work():
    with Guard():
        return "result"


print(work())
