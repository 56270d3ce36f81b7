# Parse and reformat dates with groups and templates.
import re

DATE = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")
text = "Born 7/4/1990, moved 25/12/2005, bad 99/99/99."
for m in DATE.finditer(text):
    d, mo, y = (int(x) for x in m.group("d", "m", "y"))
    print(m.group(), "->", f"{y}-{mo:02d}-{d:02d}")
print(DATE.sub(r"\g<y>-\g<m>-\g<d>", text))
print(DATE.sub(lambda m: m["y"], text, count=1))
