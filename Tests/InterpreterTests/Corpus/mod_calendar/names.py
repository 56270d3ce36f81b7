import calendar

print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(calendar.month_name[3], calendar.day_abbr[4], len(calendar.month_name), len(calendar.day_name))
print(calendar.month_name[1:4])
for day in range(7):
    print(day, calendar.day_name[day])
