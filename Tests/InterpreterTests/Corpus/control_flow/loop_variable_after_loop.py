# The loop variable keeps its last value; an empty loop leaves it unbound.
for i in range(5):
    pass
print(i)


def f():
    for j in []:
        pass
    return j


try:
    f()
except UnboundLocalError as exc:
    print(exc)
