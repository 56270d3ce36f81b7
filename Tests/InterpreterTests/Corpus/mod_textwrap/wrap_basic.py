import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs. How vexingly quick daft zebras jump!")
for width in (20, 35, 50):
    lines = textwrap.wrap(text, width=width)
    print(width, len(lines))
    for line in lines:
        print(f"|{line:<{width}}|")
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
