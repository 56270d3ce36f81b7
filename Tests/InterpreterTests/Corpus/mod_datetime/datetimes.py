from datetime import datetime, date, time, timedelta

dt = datetime(2024, 1, 15, 10, 30)
print(dt, repr(dt))
print(repr(datetime(2024, 1, 15)), repr(datetime(2024, 1, 15, 10, 30, 15, 250)))
print(dt.date(), dt.time(), dt.hour, dt.minute, dt.second)
print(dt + timedelta(hours=20), dt - timedelta(days=15, minutes=31))
print(datetime(2024, 3, 1) - dt)
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"))
combined = datetime.combine(date(2024, 7, 4), time(18, 45))
print(combined, combined > dt)
print(dt.replace(year=2025, hour=0))
print(dt.timetuple().tm_yday, dt.weekday(), dt.ctime())
meetings = [datetime(2024, 5, 1, 9), datetime(2024, 4, 30, 17), datetime(2024, 5, 1, 8, 59)]
print(min(meetings), max(meetings))
