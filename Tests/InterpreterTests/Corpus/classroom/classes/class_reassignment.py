# State pattern by swapping an object's class: the instance keeps its
# attributes and answers with the methods of its new class.
class Idle:
    def press(self):
        self.presses += 1
        self.__class__ = Running
        return "start"


class Running:
    def press(self):
        self.presses += 1
        self.__class__ = Idle
        return "stop"


class Slotted:
    __slots__ = ("x",)


class OtherSlots:
    __slots__ = ("y",)


machine = Idle()
machine.presses = 0
for _ in range(3):
    print(type(machine).__name__, machine.press(), machine.presses)
print(type(machine).__name__, isinstance(machine, Running), vars(machine))

for target in (int, 5, Slotted):
    try:
        machine.__class__ = target
    except TypeError as exc:
        print(type(exc).__name__, exc)

s = Slotted()
try:
    s.__class__ = OtherSlots
except TypeError as exc:
    print(exc)
object.__setattr__(machine, "__class__", Running)
print(machine.press(), type(machine).__name__)
