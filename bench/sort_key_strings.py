# String building and sorting with a key: make pseudo-random words, sort them
# by (length, word) with a lambda key, then join and summarise.


def never_called():
    return "unreachable"


def make_words(n):
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    words = []
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 2 + state % 9
        word = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            word += letters[(state >> 16) % 26]
        if i % 5 == 0:
            word = word.capitalize()
        words.append(word)
    return words


def run(n):
    words = make_words(n)
    ordered = sorted(words, key=lambda w: (len(w), w.lower(), w))
    text = " ".join(ordered)
    upper = 0
    for w in ordered:
        if w[0].isupper():
            upper += 1
    parts = []
    for w in ordered[:3]:
        parts.append(f"{w}:{len(w)}")
    return len(text), upper, ",".join(parts), ordered[len(ordered) // 2]


N = 300000  # bench: scale quick=2000
size, upper, head, middle = run(N)
print(f"chars={size} capitalised={upper} head={head} middle={middle}")
# bench: never-hit breakpoint at line 6
