# Old-style comparison functions, turned into sort keys.
import functools


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return 1
    if a > b:
        return -1
    return 0


words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse_alpha)))


def largest_number(nums):
    def order(x, y):
        return -1 if x + y > y + x else (1 if x + y < y + x else 0)
    return "".join(sorted(map(str, nums), key=functools.cmp_to_key(order)))


print(largest_number([3, 30, 34, 5, 9]))
print(min(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(max([4, 9, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
