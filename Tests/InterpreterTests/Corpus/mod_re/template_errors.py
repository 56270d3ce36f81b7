# Replacement templates: group references and their errors.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<0>|\g<1>>", "hi"))
print(re.sub(r"x", r"\n\t|", "axb"), re.sub("x", r"\-", "axb"))
for tpl in [r"\2", r"\g<nope>", r"\g<1", r"\q"]:
    try:
        re.sub(r"(x)", tpl, "x")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
