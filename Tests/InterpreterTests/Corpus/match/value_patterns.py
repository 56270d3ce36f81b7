# Dotted names are value patterns (compared with ==), bare names capture.
class Color:
    RED = "red"
    GREEN = "green"

def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"

for c in ["red", "green", "blue"]:
    print(describe(c))
