from datetime import date, time, datetime, timedelta, timezone

attempts = [
    lambda: date(2024, 13, 1),
    lambda: date(2023, 2, 29),
    lambda: date(0, 1, 1),
    lambda: time(24, 0),
    lambda: time(12, 60),
    lambda: datetime(2024, 1, 1, 12, 0, 60),
    lambda: timedelta(days=10 ** 9),
    lambda: date(2024, 1, 1) + 1,
    lambda: date.max + timedelta(days=1),
    lambda: timezone(timedelta(hours=24)),
    lambda: date(2024.5, 1, 1),
    lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
]
for attempt in attempts:
    try:
        attempt()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
