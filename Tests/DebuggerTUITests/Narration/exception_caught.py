# commands: s*24
def check(n):
    if n < 0:
        raise ValueError("negative")
    return n

try:
    check(-1)
except ValueError as err:
    print("caught", err)
print("done")
