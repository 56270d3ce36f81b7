# globals() and a function's __globals__ are one dict, the module's namespace:
# writing into it binds a global that the program then reads by name.
def f():
    return counter

print(f.__globals__ is globals(), globals() is globals())
f.__globals__["counter"] = 1
print(counter, f())
globals()["counter"] += 1
print(counter, f())
name = "late"
globals()[name] = "made by globals()"
print(late)
print(sorted(k for k in globals() if not k.startswith("__")))
print(round(12345, -2), round(-15, -1), (25).__round__(-1), round(12345, -400), round(-7, -60))
