# Seed 002, "Scopes": a name assigned inside a function does not exist at
# module level, before or after the call.
# Changed: the seed's first print(x) ends the program with a NameError; both
# lookups are wrapped in try/except here so the program shows both failures.
def test():
    x = 10


try:
    print(x)  # NameError: x was defined inside a function
except NameError as exc:
    print("NameError:", exc)

test()
try:
    print(x)  # calling the function doesn't add x to the "higher" scope
except NameError as exc:
    print("NameError:", exc)
