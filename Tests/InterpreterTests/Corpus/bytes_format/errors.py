cases = [
    lambda: b"%s" % "text",
    lambda: b"%d" % "5",
    lambda: b"%d %d" % (1,),
    lambda: b"%d" % (1, 2),
    lambda: b"%c" % 256,
    lambda: b"%c" % b"ab",
    lambda: b"%z" % 1,
    lambda: b"%(a)s" % (1,),
    lambda: b"%(a)s" % {b"b": 1},
    lambda: b"%x" % 1.5,
    lambda: b"%" % (),
    lambda: b"%s" % 5,
    lambda: b"%c" % "a",
    lambda: bytearray(b"%d") % None,
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
