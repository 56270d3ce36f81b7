# StringIO and newlines: by default text is stored exactly as written.
import io

plain = io.StringIO("one\r\ntwo\n")
print(plain.readlines())
universal = io.StringIO("one\r\ntwo\rthree\n", newline=None)
print(repr(universal.getvalue()))
print(universal.readlines())
windows = io.StringIO(newline="\r\n")
windows.write("a\nb\n")
print(repr(windows.getvalue()))
print(io.StringIO("x").newlines, io.StringIO().encoding, io.StringIO().line_buffering)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.StringIO(), io.IOBase), issubclass(io.UnsupportedOperation, OSError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
