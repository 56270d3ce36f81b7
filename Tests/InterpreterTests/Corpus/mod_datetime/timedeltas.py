from datetime import timedelta

print(repr(timedelta(days=1, hours=1)), timedelta(days=1, hours=1))
print(repr(timedelta(0)), repr(timedelta(microseconds=5)), repr(timedelta(hours=-1)))
print(timedelta(hours=-1), timedelta(days=2, seconds=30), timedelta(milliseconds=1500))
print(timedelta(weeks=1, minutes=90).total_seconds())
t = timedelta(hours=36, minutes=30)
print(t.days, t.seconds, t.microseconds)
print(t * 2, t / 4, 3 * t, t * 1.5)
print(t / timedelta(hours=1), t // timedelta(hours=1), t % timedelta(hours=1))
print(-t, abs(-t), t + timedelta(minutes=30), t - timedelta(days=2))
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) > timedelta(hours=23))
print(timedelta(seconds=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5))
print(timedelta.max, timedelta.min, timedelta.resolution)
