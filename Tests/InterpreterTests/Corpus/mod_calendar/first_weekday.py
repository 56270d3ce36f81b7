import calendar

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
print(calendar.monthcalendar(2024, 9)[0])
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.monthcalendar(2024, 9)[0])
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
