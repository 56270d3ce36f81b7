# A typo in a module attribute: the suggestion comes from dir(math).
import math

print(math.floor(2.5))
print(math.sqr(16))
