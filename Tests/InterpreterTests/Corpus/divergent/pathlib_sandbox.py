# scopewalk's pathlib works on paths but sees no files (CPython would read,
# write and list real ones): exists()/is_file()/is_dir() answer False, and
# what reads, writes or lists raises PermissionError with the sandbox message.
from pathlib import Path

notes = Path("notes") / "day1.txt"
print(notes, notes.exists(), notes.is_file(), notes.parent.is_dir())
for call in [notes.read_text, notes.read_bytes, lambda: notes.write_text("hi"),
             lambda: notes.parent.mkdir(parents=True, exist_ok=True), notes.touch,
             notes.unlink, lambda: list(Path(".").iterdir()), lambda: list(Path(".").glob("*.py")),
             notes.stat, notes.open, lambda: notes.rename("x.txt")]:
    try:
        call()
        print("allowed")
    except OSError as e:
        print(type(e).__name__, isinstance(e, PermissionError))
print(Path.cwd().is_absolute(), Path("a/../b").resolve().name)
notes.read_text()
