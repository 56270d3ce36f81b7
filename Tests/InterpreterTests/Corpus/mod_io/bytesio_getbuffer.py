# BytesIO.getbuffer(): a writable memoryview on the stream's own bytes.
# While a view is alive the stream may not change size (CPython's export
# lock); release() or the end of a with block lets it grow again.
import io

stream = io.BytesIO(b"hello world")
view = stream.getbuffer()
print(type(view).__name__, len(view), view.nbytes, view.readonly, view.format)
print(bytes(view[:5]), view[0], view[-1])

view[0] = ord("J")
view[6:11] = b"WORLD"
print(stream.getvalue())

stream.seek(0)
print(stream.read(5), stream.tell())

for attempt in ("write", "truncate", "close"):
    try:
        if attempt == "write":
            stream.write(b"!")
        elif attempt == "truncate":
            stream.truncate(3)
        else:
            stream.close()
    except BufferError as exc:
        print(attempt, "->", type(exc).__name__, exc)

part = view[6:]
view.release()
try:
    stream.write(b"?")
except BufferError as exc:
    print("a slice still holds it:", exc)
print(bytes(part))
part.release()

stream.seek(0, 2)
stream.write(b"!!")
print(stream.getvalue())

with stream.getbuffer() as buf:
    buf[1] = ord("E")
    print(buf.tobytes(), buf.tolist()[:3])
stream.truncate(5)
print(stream.getvalue())

try:
    view[0]
except ValueError as exc:
    print(exc)

empty = io.BytesIO().getbuffer()
print(len(empty), empty.tobytes())
empty.release()

stream.close()
try:
    stream.getbuffer()
except ValueError as exc:
    print(exc)
