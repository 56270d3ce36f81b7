import time
t = time.gmtime(1234567890)
for fmt in ["%a %A %b %B", "%d/%m/%y", "%j day", "%I:%M %p", "%H%M%S", "%U %W %w", "%%", "%c", "%x", "%X", "%G-%V-%u", "%e|%k|%l"]:
    print(repr(fmt), "->", repr(time.strftime(fmt, t)))
print(time.strftime("%Y", (2020, 1, 2, 3, 4, 5, 0, 2, 0)))
