# capwords versus str.title
from string import capwords

s = "hello   wORLD it's a nice-day"
print(capwords(s))
print(s.title())
print(capwords("a-b-c", "-"))
print(capwords("  leading and trailing  "))
print(repr(capwords("")))
