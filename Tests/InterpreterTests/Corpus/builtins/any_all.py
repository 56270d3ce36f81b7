# any and all, including empty inputs and short-circuiting.
print(any([0, "", None]), any([0, 1]), any([]))
print(all([1, "x", [0]]), all([1, 0]), all([]))
print(any(n > 3 for n in range(5)), all(n < 3 for n in range(5)))


def check(n):
    print("checking", n)
    return n > 1


print(any(check(n) for n in range(5)))
