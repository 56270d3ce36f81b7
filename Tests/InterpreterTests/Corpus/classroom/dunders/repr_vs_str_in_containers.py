# Containers show their items with repr(), even when the items define __str__.
class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return f"{self.deg}°C"

    def __repr__(self):
        return f"Temp({self.deg})"


class OnlyStr:
    def __str__(self):
        return "only str"


t = Temp(21)
print(t, [t], (t,), {"now": t})
print(str(t), repr(t), f"{t} {t!r}")
print(OnlyStr(), [OnlyStr()])
