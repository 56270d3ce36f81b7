# When a container dies, what only it referenced dies too.
class Leaf:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("leaf", self.n, "freed")


class Tree:
    def __init__(self):
        self.leaves = [Leaf(1), Leaf(2)]

    def __del__(self):
        print("tree freed with", len(self.leaves), "leaves")


t = Tree()
kept = t.leaves[0]
del t
print("tree gone; kept leaf", kept.n)
del kept
print("end")
