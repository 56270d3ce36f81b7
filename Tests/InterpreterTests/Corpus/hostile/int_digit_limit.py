# sys.set_int_max_str_digits: the limit on decimal int<->str conversions.
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("str:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("int:", e)
print(len(str(10 ** 4299)))
try:
    eval("1" * 4301)
except SyntaxError as e:
    print("literal:", type(e).__name__, e.lineno)
    print(e.msg)
print(eval("0x" + "f" * 5000) > 0)
print(eval("1" * 4300) % 7)

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(big)), len(str(int("7" * 6000))))
print(eval("1" * 5000) % 7)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
try:
    print(f"{10 ** 700}")
except ValueError as e:
    print("format:", e)
try:
    print("%d" % 10 ** 700)
except ValueError as e:
    print("percent:", e)

for bad in (639, -1, 1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
for args in ((), (1000, 2)):
    try:
        sys.set_int_max_str_digits(*args)
    except TypeError as e:
        print(e)
try:
    sys.set_int_max_str_digits("5000")
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
