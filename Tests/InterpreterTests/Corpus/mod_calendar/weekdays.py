import calendar

print(calendar.MONDAY, calendar.SUNDAY, repr(calendar.FRIDAY))
print(calendar.weekday(2024, 1, 15), calendar.day_name[calendar.weekday(2024, 7, 4)])
first, days = calendar.monthrange(2024, 2)
print(first, days, calendar.day_name[first])
print(repr(calendar.monthrange(2024, 9)))
fridays_13 = []
for month in range(1, 13):
    if calendar.weekday(2026, month, 13) == calendar.FRIDAY:
        fridays_13.append(calendar.month_abbr[month])
print("Friday 13th in 2026:", fridays_13)
