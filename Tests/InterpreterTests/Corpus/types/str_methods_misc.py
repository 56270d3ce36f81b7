# partition, rpartition and other small string methods.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("nope".partition("="))
print("a\tb".replace("\t", " "), "Hello".center(11, "-"))
print("%".join("abc"), "-".join(["only"]))
print("Python".count(""), "line1\r\nline2".splitlines())
print(str.upper("x"), "A".isupper(), "ab cd".split(" "))
