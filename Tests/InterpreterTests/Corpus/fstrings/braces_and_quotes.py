# Doubled braces are literal; 3.12+ lets quotes nest.
word = "scope"
print(f"{{word}} {{{word}}}")
print(f"{'single'} {"double"}")
print(f"{f'{word}'.upper()}")
print(f'{word!r:>10}')
print(f"""{word}
continued""")
