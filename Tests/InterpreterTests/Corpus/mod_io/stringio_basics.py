# StringIO is a file that lives in memory.
import io

buf = io.StringIO()
print(buf.write("Hello"), buf.write(", world\n"))
print(buf.tell(), repr(buf.getvalue()))
print(buf.read(), "<- nothing: the position is at the end")
buf.seek(0)
print(repr(buf.read(5)), buf.tell())
print(repr(buf.read()))
print(buf.readable(), buf.writable(), buf.seekable(), buf.closed)
buf.close()
print(buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(42)
except TypeError as e:
    print("TypeError:", e)
