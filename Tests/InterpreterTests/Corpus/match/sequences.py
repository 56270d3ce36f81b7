# Sequence patterns with a star capture, and nested sequences.
def command(words):
    match words:
        case []:
            return "nothing"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items]:
            return f"picking {items}"
        case [("x" | "y") as axis, [a, b]]:
            return f"{axis}: {a + b}"
        case [first, *_, last]:
            return f"from {first} to {last}"
        case _:
            return "?"

for w in [[], ["go", "north"], ["pick", "up", "key", "lamp"], ["x", [1, 2]], ["a", "b", "c"], ["solo"], "go"]:
    print(repr(w), "->", command(w))
