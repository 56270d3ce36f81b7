import calendar

tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2024, 11))
print(list(tc.iterweekdays()))
cal = calendar.Calendar()
print(list(cal.itermonthdays(2024, 2))[:10])
print(list(cal.itermonthdays2(2024, 2))[:3])
print(cal.monthdatescalendar(2024, 2)[0])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e, isinstance(e, ValueError))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
