# `self.y += n` failing: CPython's in-place operation is at the whole
# statement's location, so the traceback shows no carets under it.
class P:
    def __init__(self):
        self.y = 1
    def bump(self, n):
        self.y += n
        return self.y
p = P()
print(p.bump(2))
(p
 .y) += (
    3)
print(p.y)
p.bump(None)
