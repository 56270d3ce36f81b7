# groupby() groups consecutive equal keys: count runs without writing a loop over it.
import itertools

runs = itertools.groupby("AAAABBBCCDAA")
print(list(map(lambda kg: (kg[0], len(list(kg[1]))), runs)))

letters = list(map(lambda kg: kg[0], itertools.groupby("AAAABBBCCDAA")))
print(letters)

words = sorted(["apple", "bean", "avocado", "banana", "cherry"], key=lambda w: w[0])
print(list(map(lambda kg: (kg[0], list(kg[1])), itertools.groupby(words, key=lambda w: w[0]))))

groups = list(itertools.groupby("aabbb"))
print(list(map(lambda kg: (kg[0], list(kg[1])), groups)))
print(type(groups[0][1]).__name__)


def encode(text):
    return "".join(map(lambda kg: f"{len(list(kg[1]))}{kg[0]}", itertools.groupby(text)))


print(encode("WWWWBBBWWC"))
