# A capture pattern that is not last makes the rest unreachable: a SyntaxError.
def f(v):
    match v:
        case x:
            return x
        case 1:
            return "one"
print(f(1))
