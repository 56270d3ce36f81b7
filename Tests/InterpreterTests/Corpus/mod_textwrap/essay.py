import textwrap
text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11, placeholder="..."))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb\n", "> ", lambda l: True))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
