# Mangling applies to every __name used inside a class, even a global one.
__limit = 5


class Checker:
    def ok(self, n):
        return n < __limit


print(__limit)
try:
    Checker().ok(3)
except NameError as e:
    print("NameError:", e)
