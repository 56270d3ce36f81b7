# printf-style formatting: widths, precision, mapping keys, star widths and %%.
name, score = "Ada", 93.456
print("%s scored %.1f%%" % (name, score))
print("|%8s|%-8s|%08.3f|" % (name, name, score))
print("%(who)s is %(age)d" % {"who": "Bo", "age": 7})
print("%*d|%-*d|" % (5, 42, 4, 7))
print("%x %X %o %e %g %r" % (255, 255, 8, 12345.678, 0.00001234, "hi"))
print("%c%c %5.1s|" % (72, "i", "xyz"))
print("%s" % [1, 2], "%s" % ((1, 2),))
for bad in [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
