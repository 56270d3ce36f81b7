import calendar

grid = calendar.monthcalendar(2024, 3)
for week in grid:
    print(week)
print(len(grid), "weeks")
sundays = [week[calendar.SUNDAY] for week in grid if week[calendar.SUNDAY]]
print("Sundays:", sundays)
print(calendar.weekheader(2))
print(calendar.weekheader(3))
print(calendar.weekheader(9))
