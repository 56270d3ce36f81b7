# Greedy versus lazy quantifiers and counted repeats.
import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html))
print(re.findall(r"<.*?>", html))
print(re.findall(r"<(\w+)>(.*?)</\1>", html))
print(re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.findall(r"\d{3}", "1234567"), re.findall(r"x{2,}", "x xx xxx"))
print(re.match(r"(ab)+", "ababab").group(1), re.match(r"(ab)+?", "ababab").group())
print(re.match(r"a{,2}b", "aab"), re.match(r"a{", "a{"))
print(re.match(r"(\d+)(\d+)", "12345").groups(), re.match(r"(\d+?)(\d+)", "12345").groups())
