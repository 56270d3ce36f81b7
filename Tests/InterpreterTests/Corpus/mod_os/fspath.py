import os

class Doc:
    def __init__(self, where):
        self.where = where
    def __fspath__(self):
        return self.where

d = Doc("docs/readme.md")
print(os.fspath(d), os.fspath("s"), os.fspath(b"b"))
print(os.path.join(d, "x"), os.path.basename(d), os.path.splitext(d))
print(isinstance(d, os.PathLike), issubclass(Doc, os.PathLike), isinstance("s", os.PathLike))
print(os.PathLike)
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __fspath__(self):
        return 42
try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError:", e)

class P(os.PathLike):
    def __fspath__(self):
        return "p"
print(os.fspath(P()), os.fsencode("a"), os.fsdecode(b"a"))
try:
    os.PathLike()
except TypeError as e:
    print("TypeError:", e)
print(os.PathLike[str])
