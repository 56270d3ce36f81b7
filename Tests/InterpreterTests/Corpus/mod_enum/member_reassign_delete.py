from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
Color.extra = 3
print(Color.extra, list(Color))
