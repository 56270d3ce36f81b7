# Named groups: group(name), groupdict, lastgroup and groupindex.
import re

LOG = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+): (?P<msg>.*)")

lines = ["2024-01-05 INFO: started", "2024-01-05 ERROR: disk full", "garbage"]
for line in lines:
    m = LOG.match(line)
    if m is None:
        print("no match:", line)
        continue
    print(m.group("level"), "|", m["msg"], "|", m.groupdict())

print(LOG.groupindex["msg"], LOG.groups)
m = re.match(r"(?P<a>x)|(?P<b>y)", "y")
print(m.lastgroup, m.lastindex, m.groupdict("-"))
