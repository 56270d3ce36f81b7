# Find and normalise phone numbers written in different styles.
import re

text = "Call 555-123-4567 or (555) 987 6543, fax 555.222.1111; not 12-34."
phone = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})")

for m in phone.finditer(text):
    area, mid, last = m.groups()
    print(m.span(), m.group(), "->", f"{area}-{mid}-{last}")

print(phone.findall(text))
print(phone.sub(r"<\1>", text))
