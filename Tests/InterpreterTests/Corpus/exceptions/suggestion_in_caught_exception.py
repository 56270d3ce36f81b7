# str(exc) has no suggestion: only the printed traceback adds it.
values = [1, 2]
try:
    values.apend(3)
except AttributeError as e:
    print("caught:", e)
    print("name:", e.name, "| obj:", e.obj)
try:
    lenght = 1
    print(lengt)
except NameError as e:
    print("caught:", e, "| name:", e.name)
values.apend(4)
