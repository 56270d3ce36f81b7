# The tools call the program's own functions (key=, predicates, func): each call is a
# frame the debugger steps into, line by line, in the order CPython makes them.
from itertools import accumulate, dropwhile, filterfalse, groupby, starmap, takewhile


def first_letter(word):
    letter = word[0]
    return letter


def bigger(total, value):
    if value > total:
        return value
    return total


def short(word):
    return len(word) < 4


def area(w, h):
    result = w * h
    return result


words = ["ant", "apple", "bee", "bear", "cat", "cow", "ant"]
for letter, group in groupby(words, key=first_letter):
    print(letter, list(group))
print(list(groupby(sorted(words), key=lambda w: len(w))))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], bigger)))
print(list(dropwhile(short, words)))
print(list(takewhile(short, words)))
print(list(filterfalse(short, words)))
print(list(starmap(area, [(2, 3), (4, 5)])))
total = 0
for a in accumulate(range(5), lambda x, y: x + 2 * y, initial=100):
    total += a
print(total)
