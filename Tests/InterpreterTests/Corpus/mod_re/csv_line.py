# Split a CSV-like line where fields may be quoted.
import re

FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)')

def parse(line):
    out = []
    for m in FIELD.finditer(line):
        quoted, plain = m.groups()
        out.append(quoted.replace('""', '"') if quoted is not None else plain.strip())
        if m.end() == len(line):
            break
    return out

print(parse('a, b ,c'))
print(parse('"hello, world", 42, "say ""hi"""'))
print(parse('one'))
