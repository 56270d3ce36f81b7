import os
import os.path
from os import path
from os.path import join, splitext

print(path is os.path, os.path.__name__)
print(join("a", "b", "c.txt"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), join("a", ""))
for p in ["a/b/c.txt", "/usr/lib/", "c.tar.gz", ".bashrc", "a/.hidden", "noext", "", "/", "//x//y//", "a.b/c", "..."]:
    print(repr(p), os.path.split(p), splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a/./b/../c", "/../x", "../../a", "a//b///c/", "", ".", "//a", "///a/b", "a/b/../../..", "/a/b/..", "./"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.commonprefix(["interspecies", "interstellar", "interstate"]), repr(os.path.commonprefix([])))
print(os.path.commonprefix([["a", "b"], ["a", "c"]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/b/d", "a/./b"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.commonpath([])
except ValueError as e:
    print("ValueError:", e)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/x/y", "/"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError:", e)
print(os.path.splitroot("//a/b"), os.path.splitroot("/a"), os.path.splitroot("a"), os.path.splitdrive("/x"))
print(os.path.normcase("ABC"), os.path.expanduser("no/tilde"), os.path.expandvars("no vars"))
print(os.sep, os.extsep, os.curdir, os.pardir, os.pathsep, repr(os.linesep), os.name, os.altsep, os.devnull)
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
print(os.path.join(b"a", b"b"), os.path.split(b"x/y.z"), os.path.splitext(b"x/y.z"))
print(os.path.basename("dir/file.py").removesuffix(".py"))
name, ext = os.path.splitext("report.final.PDF")
print(name, ext.lower())
