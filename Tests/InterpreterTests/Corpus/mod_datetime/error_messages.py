from datetime import date, datetime, timedelta, time, timezone
for t in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: time(24),
          lambda: datetime(2024, 1, 1, 0, 60), lambda: timedelta(days=1e10), lambda: date(2024, 1, 1) + 1,
          lambda: date.fromisoformat("2024/01/01"), lambda: datetime.strptime("2024-99", "%Y-%m"),
          lambda: datetime.strptime("x", "%Y"), lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
          lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
          lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
          lambda: timezone(timedelta(hours=25)), lambda: date(2024, "1", 1), lambda: date.max + timedelta(1),
          lambda: timedelta(1) * "a", lambda: time(1) < time(2, tzinfo=timezone.utc), lambda: datetime.strptime("2024-01-01 extra", "%Y-%m-%d"),
          lambda: datetime(2024, 1, 1).strftime(5), lambda: date(2024, 1, 1) < 5, lambda: timedelta(1) / 0]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
