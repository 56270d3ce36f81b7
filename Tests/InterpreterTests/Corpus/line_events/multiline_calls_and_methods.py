# Calls and method chains over several lines: a method's load and its call
# are on the line of the method's name; keyword arguments, *args and
# **kwargs; attribute loads and stores on a later line.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


def total(*values, **named):
    return sum(values) + sum(named.values())


p = Point(1, 2)
q = (p
     .moved(dx=1,
            dy=2)
     .scaled(
         3)
     .moved())
print(q.x, q.y)
words = ["b", "a"]
text = ("-"
        .join(sorted(
            words)))
print(text)
print(total(1,
            *[2, 3],
            extra=4,
            **{"more": 5}))
(q
 .x) = 7
q.y += (p
        .x)
print(q
      .x, q.y)
L = [1, 2, 3]
print(L[
    0:
    2], L[::
          -1])
