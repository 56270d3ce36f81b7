from datetime import datetime, timedelta, timezone

ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")
print(repr(timezone.utc), repr(ist), repr(est))
print(timezone.utc, ist, est)
meeting = datetime(2024, 6, 1, 15, 0, tzinfo=ist)
print(meeting, repr(meeting))
print(meeting.utcoffset(), meeting.tzname())
utc = meeting.astimezone(timezone.utc)
print(utc, utc == meeting)
print(meeting.astimezone(est), meeting.astimezone(est).strftime("%H:%M %Z %z"))
print(meeting.timestamp())
print(datetime.fromtimestamp(0, tz=timezone.utc))
print(datetime.fromtimestamp(1700000000, tz=est))
naive = datetime(2024, 6, 1, 15, 0)
print(naive == meeting)
try:
    print(naive < meeting)
except TypeError as e:
    print("TypeError:", e)
