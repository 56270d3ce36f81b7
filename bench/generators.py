# Generator pipelines and comprehensions: chained generators, yield from,
# generator expressions fed to sum/max/join, list/dict/set comprehensions.


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for items in lists:
        yield from items


def never_called():
    return "unreachable"


def run(n):
    total = sum(squares(evens(numbers(n))))
    biggest = max(sum(c) for c in chunks(numbers(n), 7))
    words = [f"w{i % 97}" for i in range(n // 4)]
    lengths = {w: len(w) for w in words}
    letters = {w[-1] for w in words}
    flat = sum(1 for _ in flatten([words, words]))
    text = ",".join(str(x) for x in range(n // 10) if x % 3)
    return total, biggest, len(lengths), len(letters), flat, len(text)


N = 600000  # bench: scale quick=6000
print(run(N))
# bench: never-hit breakpoint at line 38
