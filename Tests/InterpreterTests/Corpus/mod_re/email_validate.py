# Validate e-mail addresses with fullmatch.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)

candidates = ["ada@example.com", "bob.smith+news@mail.co.uk", "no-at-sign.org"]
candidates += ["x@y", "UPPER@CASE.ORG", "spaces @bad.com", "trailing@dot.com."]
for c in candidates:
    m = EMAIL.fullmatch(c)
    print(f"{c!r:28} {'valid' if m else 'invalid'}")

print(EMAIL.search("write to ada@example.com today"))
