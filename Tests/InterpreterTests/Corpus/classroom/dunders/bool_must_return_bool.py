# __bool__ decides truthiness, but it must return a bool.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no", not Flag(False))
try:
    bool(Flag(1))
except TypeError as e:
    print("TypeError:", e)
if Flag(0):
    print("unreachable")
