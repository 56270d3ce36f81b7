import textwrap

text = "A well-known, state-of-the-art, self-evident e-mail about supercalifragilisticexpialidocious things."
print(textwrap.wrap(text, 12))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("pneumonoultramicroscopicsilicovolcanoconiosis", 10))
print(textwrap.wrap("an em--dash between--words here", 10))
