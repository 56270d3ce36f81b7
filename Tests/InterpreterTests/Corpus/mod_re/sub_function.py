# re.sub with a function: each match object goes in, a string comes out.
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 12 pears"))

def title(m):
    word = m.group(0)
    return word if len(word) <= 3 else word.capitalize()

print(re.sub(r"[a-z]+", title, "the lord of the rings"))
print(re.subn(r"\s+", " ", "too    many \t spaces\n here"))
print(re.sub(r"a", "-", "banana", count=2))
print(re.sub(r"(?P<k>\w+):(?P<v>\w+)", r"\g<v>=\g<k>", "a:1 b:2"))
