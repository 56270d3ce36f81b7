# printf-style % formatting.
print("%s has %d items" % ("cart", 3))
print("%5.2f|%-6s|%06d|%x|%o|%e" % (3.14159, "ab", 42, 255, 8, 12345.678))
print("%r %s" % ("text", "text"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 31})
print("100%% sure, %c%c" % (72, "i"))
print("%+d %+d % d" % (5, -5, 5))
print("%s" % [1, 2], "%s" % (1,))
