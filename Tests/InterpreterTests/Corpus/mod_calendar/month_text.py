import calendar

print(calendar.month(2024, 1))
print(calendar.month(2024, 2))
calendar.prmonth(2023, 12)
print(calendar.month(2025, 6, w=3))
