# An operator with no implementation for the operand types.
class Meters:
    def __init__(self, v):
        self.v = v


print(Meters(1).v)
Meters(1) + Meters(2)
