# A nonlocal counter updated from a loop in the inner function.
def tally(words):
    vowels = 0

    def count(word):
        nonlocal vowels
        for ch in word:
            if ch in "aeiou":
                vowels += 1
    for w in words:
        count(w)
    return vowels


print(tally(["scope", "closure", "cell"]))
