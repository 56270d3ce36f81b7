# strip, lstrip, rstrip with and without characters.
s = "  padded  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "--==title==--".strip("-="))
print("www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("\t\n text \n".strip()))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
