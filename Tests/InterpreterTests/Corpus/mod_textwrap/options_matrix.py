import textwrap
s = "Supercalifragilisticexpialidocious is a long-winded, hyphenated-word example\tindeed."
for kw in [dict(width=10), dict(width=10, break_long_words=False), dict(width=12, break_on_hyphens=False),
           dict(width=20, expand_tabs=False), dict(width=20, tabsize=4), dict(width=15, max_lines=2),
           dict(width=15, max_lines=2, placeholder=" [more]"), dict(width=30, fix_sentence_endings=True),
           dict(width=20, drop_whitespace=False)]:
    print(kw, textwrap.wrap(s, **kw))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc def ghi", width=5, max_lines=1, placeholder=" [truncated]")
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=18, initial_indent="- ")
print(w.fill("one two three four five six seven"))
print(w.width, w.replace_whitespace)
