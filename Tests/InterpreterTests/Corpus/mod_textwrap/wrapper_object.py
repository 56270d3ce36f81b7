import textwrap

wrapper = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ")
items = ["Buy milk, eggs, flour and a very large bag of sugar"]
items.append("Call the plumber about the kitchen sink")
items.append("Done")
for item in items:
    print(wrapper.fill(item))
wrapper.width = 15
print(wrapper.wrap(items[1]))
print(wrapper.width, wrapper.break_long_words, wrapper.max_lines)
sentences = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(sentences.wrap("It rained. We stayed in! Did you? Yes."))
tabs = textwrap.TextWrapper(width=20, tabsize=4)
print(tabs.wrap("col1\tcol2\tcol3 and more words"))
