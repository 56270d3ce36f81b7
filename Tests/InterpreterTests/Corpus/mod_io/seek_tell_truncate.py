# Moving around a StringIO: seek, tell, overwrite and truncate.
import io

s = io.StringIO("abcdefgh")
print(s.tell(), "<- a new StringIO starts at position 0")
s.seek(3)
s.write("XYZ")
print(repr(s.getvalue()), s.tell())
print(s.seek(0, 2), "<- seek to the end")
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(6)
s.write("*")
print(repr(s.getvalue()))
s.seek(0)
s.truncate()
print(repr(s.getvalue()))

for args in [(-1,), (1, 1), (0, 5)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(s.seek(0, 1))
