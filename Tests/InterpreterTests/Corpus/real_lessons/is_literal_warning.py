# `is` compares identity: CPython's compiler warns when one side is a literal.
# The program still runs; the warnings go to stderr before it starts.
def grade(score):
    if score is 100:
        return 'perfect'
    if score is not 0:
        return 'some'
    return 'none'

print(grade(100), grade(50), grade(0))
name = 'py'
print(name is 'py', 4 is 2 ** 2, name is not '', (1, 2) is ())
print(name is None, name is not True, name is ...)   # singletons: no warning
values = [0, 1, 2]
print([v for v in values if v is not 1], -1 is -1)
print(1 < 2 is 2)
