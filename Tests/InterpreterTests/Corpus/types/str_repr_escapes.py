# repr of strings picks quotes and escapes special characters.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr(""), repr("é"), len("é"))
print(str("x"), repr(repr("x")))
