# commands: s*40
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return True

with Ctx() as c:
    raise ValueError("inside")
try:
    x = 1
finally:
    print("finally", x)
print("after")
