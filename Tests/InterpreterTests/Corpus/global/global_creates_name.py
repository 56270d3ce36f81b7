# A global statement can create a module-level name that did not exist.
def setup():
    global config
    config = {"debug": True}


try:
    print(config)
except NameError as exc:
    print("before:", exc)
setup()
print("after:", config)
