# Each module runs once: the second import finds it in sys.modules.
import sys
print("greet" in sys.modules)
import greet
print("greet" in sys.modules, sys.modules["greet"] is greet)
import greet
print(sys.modules["__main__"].__name__)
print(type(greet).__name__)
