# Defining __eq__ without __hash__ makes instances unhashable.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(Key(1) == Key(1), Key.__hash__)
s = {Key(1)}
