# A comprehension in a class body cannot see the class's names (except the
# first iterable, which is evaluated in the class scope).
class Table:
    size = 3
    rows = [i for i in range(size)]
    try:
        scaled = [i * size for i in range(3)]
    except NameError as exc:
        error = str(exc)


print(Table.rows)
print(Table.error)
