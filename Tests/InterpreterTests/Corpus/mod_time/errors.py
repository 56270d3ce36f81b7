import time
for bad in [lambda: time.strftime(5), lambda: time.strftime("%Y", (1, 2)), lambda: time.gmtime("x"),
            lambda: time.sleep(-1), lambda: time.sleep("a"), lambda: time.strptime("2024", "%Y %m"),
            lambda: time.localtime(1e20), lambda: time.struct_time(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(time.strptime("2024-03-05", "%Y-%m-%d"))
print(time.strptime("5 Mar 2024 10:11", "%d %b %Y %H:%M")[:6])
