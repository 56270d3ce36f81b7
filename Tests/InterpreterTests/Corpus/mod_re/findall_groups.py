# findall returns strings, or tuples when the pattern has several groups.
import re

data = "x=1, y=22, z=333"
print(re.findall(r"\w=\d+", data))          # no group: whole matches
print(re.findall(r"(\w)=\d+", data))        # one group: that group
print(re.findall(r"(\w)=(\d+)", data))      # two groups: tuples
print(re.findall(r"(\w)=(\d)?(\d+)", data)) # unmatched group gives ''
pairs = dict(re.findall(r"(\w)=(\d+)", data))
print(pairs)
print(re.findall(r"\d*", "a12b"))           # empty matches included
