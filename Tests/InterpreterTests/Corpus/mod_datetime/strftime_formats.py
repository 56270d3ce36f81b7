from datetime import datetime, date

dt = datetime(2024, 3, 9, 14, 5, 7, 123456)
for fmt in ["%Y-%m-%d", "%d/%m/%y", "%H:%M:%S.%f", "%I:%M %p", "%A, %B %d, %Y", "%a %b %d", "%j", "%U %W %w", "%c", "%x %X", "100%% sure"]:
    print(fmt, "->", dt.strftime(fmt))
print(f"{dt:%Y/%m/%d %H:%M}", f"{date(2024, 12, 25):%A}")
print(format(date(2000, 1, 1), ""), "{:%B}".format(dt))
for h in (0, 11, 12, 23):
    print(h, datetime(2024, 1, 1, h).strftime("%I %p"))
