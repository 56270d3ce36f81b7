# open() raises PermissionError (an OSError) in scopewalk.
for mode in ("r", "w"):
    try:
        open("notes.txt", mode)
    except PermissionError as exc:
        print(mode, "->", exc)
try:
    open("notes.txt")
except OSError as exc:
    print(type(exc).__name__)
