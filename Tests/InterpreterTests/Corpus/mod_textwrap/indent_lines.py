import textwrap

quote = "first line\nsecond line\n\nafter a blank\n"
print(textwrap.indent(quote, "> "), end="")
print(repr(textwrap.indent(quote, "+ ", lambda line: True)))
print(textwrap.indent("a\nb", "    "))
numbered = textwrap.indent("x = 1\ny = 2", "", lambda line: print("checking", repr(line)) or True)
print(numbered)
