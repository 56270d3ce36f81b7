# Functions defined with def in a loop late-bind the same way.
def build():
    handlers = {}
    for name in ["open", "save", "quit"]:
        def handler():
            return "handling " + name
        handlers[name] = handler
    return handlers


hs = build()
for key in hs:
    print(key, "->", hs[key]())
