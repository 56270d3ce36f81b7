# A turtle lesson: scopewalk has no graphics window, and says so
# (CPython would open one).
try:
    import turtle
except ModuleNotFoundError as exc:
    print(exc)
from tkinter import Tk
