from datetime import datetime, timedelta, date
start = datetime(2024, 10, 28, 9, 0)
for i in range(5):
    slot = start + timedelta(minutes=45 * i)
    print(slot.strftime("%a %d %b %H:%M"), slot.strftime("%Y-%m-%dT%H:%M"), f"{slot:%H:%M}")
d = date(2024, 1, 1)
weekdays = 0
while d.year == 2024:
    if d.weekday() < 5:
        weekdays += 1
    d += timedelta(days=1)
print(weekdays)
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 1)]))
print({date(2024, 1, 1): "ny"}, repr(datetime(2024, 1, 1, 0, 0)), str(datetime(2024, 1, 1, 0, 0, 0, 5)))
print(date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.fromisocalendar(2024, 1, 1))
print(datetime(2024, 2, 3, 4, 5, 6).timetuple())
print(date(2024, 7, 4).ctime(), datetime(2024, 7, 4, 13).ctime())
print(f"{date(2024, 7, 4):%B %-d}" if False else f"{date(2024, 7, 4):%B %d, %Y}")
print(format(timedelta(hours=1), ""), str(timedelta(0)), timedelta(days=400) > timedelta(weeks=57))
print(max(timedelta(1), timedelta(hours=30)), timedelta(days=1, hours=2) * 1.5, sum([timedelta(1), timedelta(2)], timedelta()))
