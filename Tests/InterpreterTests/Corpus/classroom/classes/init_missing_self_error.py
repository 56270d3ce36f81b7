# Forgetting self in a method definition shows up only when it is called.
class Robot:
    def __init__(self, name):
        self.name = name

    def beep():
        return "beep"


r = Robot("R2")
print(Robot.beep())
print(r.beep())
