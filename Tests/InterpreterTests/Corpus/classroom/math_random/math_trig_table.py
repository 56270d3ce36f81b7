# A table of sines and cosines, rounded.
import math

for deg in range(0, 181, 30):
    rad = math.radians(deg)
    print(f"{deg:>3} {math.sin(rad):+.4f} {math.cos(rad):+.4f}")
print(math.atan2(1, 1) == math.pi / 4, round(math.tan(math.pi / 4), 12))
