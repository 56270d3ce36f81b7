# String building: join, split, slicing, formatting, methods on words.


def never_called():
    return "unreachable"


def make_line(i):
    return " ".join(f"{w}{i % 13}" for w in ("alpha", "beta", "gamma", "delta"))


def run(n):
    lines = []
    for i in range(n):
        line = make_line(i)
        parts = line.split()
        head = parts[0][:3].upper()
        tail = parts[-1][-2:]
        lines.append("{}:{}:{:>5}|{:.2f}".format(head, tail, len(line), i / 7))
        if i % 3 == 0:
            lines.append(line.replace("a", "A")[::2])
    text = "\n".join(lines)
    words = text.split("\n")
    count = sum(1 for w in words if w.startswith("ALP"))
    return len(text), count, text[-20:]


N = 65000  # bench: scale quick=650
print(run(N))
# bench: never-hit breakpoint at line 5
