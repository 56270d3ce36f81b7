from datetime import date, datetime, time

print(repr(date.fromisoformat("2024-01-15")))
print(repr(date.fromisoformat("20240115")))
print(repr(date.fromisoformat("2024-W03-1")))
print(repr(datetime.fromisoformat("2024-01-15T10:30")))
print(repr(datetime.fromisoformat("2024-01-15 10:30:15.5")))
print(repr(datetime.fromisoformat("2024-01-15T10:30:00+05:30")))
print(repr(datetime.fromisoformat("2024-01-15T10:30Z")))
print(repr(time.fromisoformat("08:15:30")))
for bad in ["2024-1-5", "15/01/2024", "2024-02-30"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
t = time(9, 5, 3, 250000)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec))
