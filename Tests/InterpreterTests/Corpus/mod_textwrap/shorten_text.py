import textwrap

title = "Hello  world!   This is a rather long headline about nothing"
for width in (12, 20, 30, 80):
    print(width, repr(textwrap.shorten(title, width=width)))
print(textwrap.shorten(title, 25, placeholder="..."))
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)
