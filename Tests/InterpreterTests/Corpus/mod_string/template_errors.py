# Invalid placeholders raise ValueError with the position
import string

for text in ["cost: $5", "bad ${name", "line one\nline $ two", "trailing $"]:
    try:
        string.Template(text).substitute(name="x")
    except ValueError as e:
        print("ValueError:", e)
    print(repr(string.Template(text).safe_substitute(name="x")))
print(string.Template("${a}b").substitute(a="A"), string.Template("$ab").safe_substitute(a="A"))
