# Binding with a helper closure instead of a default argument.
def bind(fn, arg):
    def bound():
        return fn(arg)
    return bound


actions = [bind(str.upper, w) for w in ["a", "b", "c"]]
print([act() for act in actions])
