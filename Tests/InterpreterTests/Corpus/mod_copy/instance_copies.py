# Copying objects of your own classes: __init__ is not called again.
import copy


class Team:
    def __init__(self, name, members):
        print("  __init__ called for", name)
        self.name = name
        self.members = members

    def __repr__(self):
        return f"Team({self.name!r}, {self.members})"


red = Team("red", ["ann", "bob"])
twin = copy.copy(red)
clone = copy.deepcopy(red)
red.members.append("cy")
twin.name = "twin"

print(red)
print(twin)
print(clone)
print(type(clone) is Team, twin.members is red.members, clone.members is red.members)
