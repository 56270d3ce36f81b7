import calendar

for year in [1900, 2000, 2023, 2024, 2100]:
    print(year, calendar.isleap(year))
print(calendar.leapdays(2000, 2025))
print(calendar.leapdays(1900, 1904))
leaps = [y for y in range(1990, 2030) if calendar.isleap(y)]
print(leaps)
for month in (2, 4, 12):
    print(month, calendar.monthrange(2024, month), calendar.monthrange(2023, month))
