# format() and f-strings call __format__, which by default uses str().
class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return f"{self.deg} C"

    def __format__(self, spec):
        if spec == "f":
            return f"{self.deg * 9 / 5 + 32} F"
        return str(self)


c = Celsius(100)
print(f"{c}", f"{c:f}", format(c, "f"), str(c))
