# A type parameter is not a module global.
def ident[T](x: T) -> T:
    return x


print(ident(5))
try:
    T
except NameError as e:
    print("NameError:", e)
print(sorted(n for n in globals() if not n.startswith("__")))
