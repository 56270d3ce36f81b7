import pprint

text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint([text, "short"], width=50)
pprint.pprint({"poem": "line one\nline two\nline three\n" * 3}, width=30)
print(pprint.pformat("no wrapping needed"))
