# Common TypeError messages.
def attempt(fn):
    try:
        fn()
    except TypeError as exc:
        print(exc)


attempt(lambda: "a" + 1)
attempt(lambda: 1 + None)
attempt(lambda: [1] + (2,))
five = 5
attempt(lambda: five())
attempt(lambda: five[0])
attempt(lambda: {[1]: 2})
attempt(lambda: len(5))
attempt(lambda: "x" * "y")
attempt(lambda: -"x")
attempt(lambda: 1 < "a")
