# len() insists on a non-negative int from __len__.
class Weird:
    def __init__(self, value):
        self.value = value

    def __len__(self):
        return self.value


print(len(Weird(3)))
for bad in [-1, 2.5, "3"]:
    try:
        len(Weird(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
