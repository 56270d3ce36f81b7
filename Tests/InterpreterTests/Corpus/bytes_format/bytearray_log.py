log = bytearray()
for level, msg in [(b"INFO", b"started"), (b"WARN", b"disk 91% full"), (b"ERROR", b"crashed")]:
    log += b"[%-5s] %s\n" % (level, msg)
print(log)
print(type(bytearray(b"%d") % 5).__name__, bytearray(b"%d") % 5)
entry = b"%(user)s:%(uid)05d" % {b"user": b"root", b"uid": 0}
print(entry, entry.split(b":"))
try:
    b"%(user)s" % {"user": b"x"}
except KeyError as e:
    print("KeyError:", e)
try:
    b"%s %s" % (b"one",)
except TypeError as e:
    print("TypeError:", e)
print(b"%s" % b"", b"%.0f" % 2.5, b"%x" % -255, b"%+.1e" % 12345.0)
