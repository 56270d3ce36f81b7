# Late binding with a dictionary of operations built in a loop.
ops = {}
for sym in "+-*":
    ops[sym] = lambda a, b: eval_op(sym, a, b)


def eval_op(sym, a, b):
    if sym == "+":
        return a + b
    if sym == "-":
        return a - b
    return a * b


print(ops["+"](6, 3), ops["-"](6, 3), ops["*"](6, 3))
