import textwrap

text = "one two three four five six seven eight nine ten eleven twelve thirteen"
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, width=20, max_lines=n))
print(textwrap.fill(text, width=15, max_lines=2, placeholder=" ~"))
