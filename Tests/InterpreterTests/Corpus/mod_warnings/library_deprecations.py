import array
import datetime

a = array.array('u', 'hi')
print(a)
d = datetime.datetime.utcfromtimestamp(0)
print(d)
for i in range(2):
    b = array.array('u', 'x')
print("once per line:", b)
