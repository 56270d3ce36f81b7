# A local assigned only in a branch that did not run is still unbound.
def pick(flag):
    if flag:
        result = "yes"
    return result


print(pick(True))
try:
    pick(False)
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
