# calendar.Day and calendar.Month are IntEnums (iterable, subscriptable by name),
# and their members are the module's MONDAY.. / JANUARY.. constants.
import calendar

sales = {calendar.JANUARY: 5, calendar.MARCH: 6, calendar.OCTOBER: 23}
for month in calendar.Month:
    if month in sales:
        print(f"{month.value:2d} {month.name:<10} {sales[month]:2d} {'*' * sales[month]}")

print(list(calendar.Day))
print(repr(calendar.MONDAY), str(calendar.SUNDAY), calendar.Month(3), calendar.Month['MAY'])
print(type(calendar.MONDAY).__mro__)
print(calendar.weekday(2024, 1, 1), calendar.monthrange(2024, calendar.FEBRUARY))
print(calendar.FRIDAY + 1, calendar.DECEMBER == 12, isinstance(calendar.JUNE, int))
print(calendar.Day.__members__.keys())
try:
    calendar.Month(13)
except ValueError as e:
    print(e)
