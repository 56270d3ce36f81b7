import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
print(textwrap.fill(text, width=30))
print()
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print()
print(textwrap.fill(text, width=40, initial_indent="Note: ", subsequent_indent=" " * 6))
