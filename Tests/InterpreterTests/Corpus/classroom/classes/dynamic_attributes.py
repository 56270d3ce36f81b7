# getattr/setattr/hasattr/delattr with names computed at run time.
class Config:
    debug = False


c = Config()
for key, value in [("port", 8080), ("host", "localhost"), ("debug", True)]:
    setattr(c, key, value)
print(sorted(vars(c).items()))
print(getattr(c, "port"), getattr(c, "missing", "n/a"), hasattr(c, "host"))
delattr(c, "debug")
print(c.debug, hasattr(c, "debug"))
print(getattr(c, "timeout"))
