# Lesson: parsing a command line like a shell does.
import shlex

commands = [
    'ls -l "My Documents"',
    "grep -n 'def main' app.py",
    r'echo hello\ world "say \"hi\""',
    "cp file.txt backup/  # make a copy",
]
for cmd in commands:
    print(f"{cmd!r:40} -> {shlex.split(cmd)}")

print(shlex.split("cp file.txt backup/  # make a copy", comments=True))
print(shlex.split("a 'b c' d", posix=False))

# quoting arguments safely before building a command string
args = ["python3", "my script.py", "--name=O'Brien", "", "$HOME"]
print(" ".join(shlex.quote(a) for a in args))
print(shlex.join(args))
print(shlex.split(shlex.join(args)) == args)

# the lexer itself: tokens one at a time
lexer = shlex.shlex("x = (a + b) * 2; print x", punctuation_chars=True)
print(list(lexer))
for token in shlex.shlex("total = price * 2"):
    print("token:", token)
lexer = shlex.shlex("name='Ada' age=36")
print(lexer.get_token(), lexer.get_token(), lexer.get_token(), lexer.lineno)

for bad in ['echo "unterminated', "trailing backslash \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
shlex.split(None)
