# Reading line by line from a StringIO, the same way as from a real file.
import io

text = "first line\nsecond line\n\nlast line without newline"
f = io.StringIO(text)
print(repr(f.readline()))
print(repr(f.readline()))
print(f.readlines())
print(repr(f.readline()), "<- empty string at the end")

f.seek(0)
for number, line in enumerate(f, start=1):
    print(number, repr(line.rstrip("\n")))

f.seek(0)
print([len(line) for line in f.readlines()])
f.seek(0)
print(repr(f.readline(5)), repr(f.readline()))
print(len(io.StringIO("a\nb\nc\n").readlines()), "lines")
