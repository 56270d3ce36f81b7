# Unpacking with a starred target collects the rest in a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = (10, 20)
print(head, middle, tail)
(a, b), c = (1, 2), 3
print(a, b, c)
print([*range(3), *"xy"], (*[1], 2))
print({**{"a": 1}, "b": 2})
