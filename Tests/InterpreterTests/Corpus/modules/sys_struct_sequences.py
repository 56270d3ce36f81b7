import sys
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info.minor, sys.version_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.int_info.bits_per_digit)
from sys import version_info
print(version_info[0], type(version_info).__name__)
try:
    sys.nothing
except AttributeError as e:
    print(e)
