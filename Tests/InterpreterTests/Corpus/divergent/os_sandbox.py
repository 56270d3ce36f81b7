# scopewalk's os refuses what touches files or processes (CPython would run
# these calls): PermissionError with the sandbox message. os.path's pure
# functions work; exists/isfile/isdir answer False (no file can be seen).
import os
import os.path as osp
from os.path import *

print(join("x", "y"), exists("x"), os.path.join.__module__)
for call in [lambda: os.listdir("."), lambda: os.remove("f.txt"), lambda: os.mkdir("d"),
             lambda: os.system("ls"), lambda: os.popen("ls"), lambda: os.walk("."),
             lambda: os.chdir("/"), lambda: os.stat("f"), lambda: os.rename("a", "b"),
             lambda: os.makedirs("a/b", exist_ok=True), lambda: os.path.getsize("f"),
             lambda: os.scandir(), lambda: os.unlink("f"), lambda: os.rmdir("d")]:
    try:
        call()
        print("allowed")
    except OSError as e:
        print(type(e).__name__, isinstance(e, PermissionError))
print(os.path.isfile("sandbox.py"), os.path.exists("."))
os.listdir(".")
