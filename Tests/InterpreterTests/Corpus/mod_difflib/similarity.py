# Lesson: "did you mean ...?" with difflib.
import difflib

commands = ["print", "input", "len", "range", "sorted", "reversed", "enumerate", "zip"]
for typo in ["pritn", "lenght", "rnage", "enumarate", "xyz"]:
    matches = difflib.get_close_matches(typo, commands)
    if matches:
        print(f"{typo}: did you mean {matches[0]!r}? (all: {matches})")
    else:
        print(f"{typo}: no suggestion")

s = difflib.SequenceMatcher(None, "closure", "closures")
print(round(s.ratio(), 3), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(s.find_longest_match())
print(s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] -> b[{j1}:{j2}]")
s = difflib.SequenceMatcher(lambda ch: ch == " ", "a b c", "a  b  c")
print(s.ratio(), s.get_opcodes())
try:
    difflib.get_close_matches("x", commands, cutoff=2)
except ValueError as e:
    print("ValueError:", e)
difflib.get_close_matches("x", commands, n=0)
