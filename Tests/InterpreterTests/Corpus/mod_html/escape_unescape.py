# Lesson: building a small HTML page safely from user input.
import html

comments = [
    ("alice", "I <3 Python & closures!"),
    ("bob", '<script>alert("hi")</script>'),
    ("carol", "It's \"fine\""),
]

rows = []
for author, text in comments:
    rows.append(f"<li><b>{html.escape(author)}</b>: {html.escape(text)}</li>")
page = "<ul>\n" + "\n".join(rows) + "\n</ul>"
print(page)

# quote=False leaves quotes alone (fine for text outside attributes)
print(html.escape('say "hi" & go', quote=False))

# unescape: named, decimal and hex references
samples = ["5 &lt; 7 &amp;&amp; 7 &gt; 5", "&copy; 2024 &mdash; caf&eacute;",
           "&#65;&#x42;&#X43;", "&notit; &not &amp", "&unknown; stays", "&#128; &#0; &#xD800;"]
for s in samples:
    print(repr(s), "->", repr(html.unescape(s)))

# a round trip gives the text back
original = "<a href='x'>Tom & Jerry</a>"
print(html.unescape(html.escape(original)) == original)
html.escape(None)
