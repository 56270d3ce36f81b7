# return in finally discards the pending exception.
def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def g():
    try:
        return "try value"
    finally:
        print("finally runs before the return completes")


print(f())
print(g())
