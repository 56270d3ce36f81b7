# A generator inside a closure reads the enclosing variables.
def make_repeater(word):
    def repeat(times):
        for i in range(times):
            yield f"{i}:{word}"
    return repeat


rep = make_repeater("cell")
print(list(rep(3)))
print(rep.__code__.co_freevars)
