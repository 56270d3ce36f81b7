# order=True compares instances field by field, like tuples.
from shop_models import Version

versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9), Version(1, 2)]
print(sorted(versions))
print(max(versions), min(versions))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99, 99))
print(Version(1, 2) == Version(1, 2, 0), Version(1) != Version(1, 0, 1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
latest = sorted(versions)[-1]
print(f"latest is {latest.major}.{latest.minor}.{latest.patch}")
