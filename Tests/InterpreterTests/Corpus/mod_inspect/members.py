# getmembers lists an object's attributes, sorted by name.
import inspect


class Robot:
    model = "R2"
    legs = 3

    def beep(self):
        return "beep"

    @staticmethod
    def version():
        return 1


r = Robot()
print(dict(inspect.getmembers(Robot))["model"], dict(inspect.getmembers(r))["legs"])
print(inspect.getmembers(r, inspect.ismethod))
print([n for n, v in inspect.getmembers(Robot, inspect.isfunction)])
