from datetime import date

d = date(2024, 1, 15)
print(d, repr(d))
print(d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar())
print(d.toordinal(), date.fromordinal(d.toordinal() + 100))
print(d.replace(month=2, day=29))
print(d.isoformat(), d.ctime())
print(date.min, date.max)
leap = date(2024, 2, 29)
print(leap - d, (leap - d).days)
print(sorted([date(2023, 12, 31), d, date(2020, 5, 1)]))
print(d == date(2024, 1, 15), d < leap, d != leap)
