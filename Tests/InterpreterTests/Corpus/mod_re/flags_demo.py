# IGNORECASE, MULTILINE, DOTALL and VERBOSE, as arguments and inline.
import re

text = "First line\nsecond LINE\nthird"
print(re.findall(r"line", text, re.IGNORECASE))
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text, flags=re.MULTILINE))
print(re.search(r"First.*third", text))
print(re.search(r"First.*third", text, re.S).span())
print(re.findall(r"(?i)l\w+", text))
print(re.findall(r"(?i:s)econd", "Second second SECOND"))

number = re.compile(r"""
    [-+]?       # optional sign
    \d+         # integer part
    (?:\.\d+)?  # optional fraction
""", re.VERBOSE)
print(number.findall("x = -3.5 + 42 - +0.25"))
print(re.I | re.M, re.compile("a", re.I | re.S))
