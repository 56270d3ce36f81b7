# An inner `for y in [expr]` of a comprehension is compiled as `y = expr`
# (no loop); a one-item list of constants stays a loop over a tuple.
def pairs(n):
    return [(x, y) for x in range(n)
            for y in [x *
                      2]]
def constant(n):
    return [x + y for x in range(n)
            for y in [1]]
def filtered(n):
    # the `if` jumps from the element's line when it filters
    return {x: z for x in range(n)
            for y in range(x) if x != 1 for z in [y]}
def nested(n):
    return list(z
                for x in range(n)
                for y in (x + 1,)
                for z in [y, -y])
print(pairs(3), constant(2), filtered(4), nested(2))
