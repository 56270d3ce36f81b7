# In a class body, a name read before it is bound falls back to globals
# (unlike a function, where it would be UnboundLocalError).
value = "global value"


class C:
    first = value
    value = "class value"
    second = value


print(C.first, "|", C.second)
