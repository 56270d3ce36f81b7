# Lesson: working with paths as objects instead of strings.
from pathlib import Path, PurePosixPath, PureWindowsPath

report = PurePosixPath("/home/ada/projects/scopewalk/reports/summary.final.csv")
print(report)
print("name:", report.name, "| stem:", report.stem, "| suffix:", report.suffix)
print("suffixes:", report.suffixes)
print("parent:", report.parent, "| parts:", report.parts[:3])
for up in report.parents[:3]:
    print("  inside", up)
print(report.with_suffix(".json"), report.with_name("index.html"), report.with_stem("draft"))

project = PurePosixPath("/home/ada/projects/scopewalk")
print(report.relative_to(project), report.is_relative_to(project))
print(PurePosixPath("docs/guide") / "intro.md", "assets" / PurePosixPath("logo.png"))
print(project.joinpath("src", "main.py").as_posix(), project.is_absolute(), PurePosixPath("a/b").is_absolute())
print(PurePosixPath("a//b/./c/"), PurePosixPath(""), PurePosixPath("a/../b"))

files = [PurePosixPath(n) for n in ["test_app.py", "app.py", "README.md", "data/test_io.py"]]
print([str(f) for f in files if f.match("test_*.py")])
print([f.name for f in sorted(files)])
print(PurePosixPath("src/pkg/mod.py").full_match("src/**/*.py"))

win = PureWindowsPath("C:/Users/Ada/Documents/notes.txt")
print(win, repr(win), win.drive, win.root, win.as_posix())
print(win == PureWindowsPath("c:\\users\\ada\\documents\\NOTES.TXT"))

local = Path("lesson_data") / "scores.txt"
print(repr(local), local.suffix, local.exists(), local.is_file())
try:
    report.relative_to("/srv/www")
except ValueError as e:
    print("ValueError:", e)
report.with_suffix("csv")
