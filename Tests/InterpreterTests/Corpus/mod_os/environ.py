import os

print(os.environ.get("SCOPEWALK_SURELY_UNSET"), os.environ.get("SCOPEWALK_SURELY_UNSET", "default"))
print(os.getenv("SCOPEWALK_SURELY_UNSET"), os.getenv("SCOPEWALK_SURELY_UNSET", "fallback"))
print("SCOPEWALK_SURELY_UNSET" in os.environ)
os.environ["MY_SETTING"] = "on"
print(os.environ["MY_SETTING"], os.getenv("MY_SETTING"), "MY_SETTING" in os.environ)
print(os.environ.pop("MY_SETTING"), os.environ.pop("MY_SETTING", "gone"))
try:
    os.environ["SCOPEWALK_SURELY_UNSET"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError:", e)
print(os.environ.setdefault("MY_OTHER", "v"), os.environ["MY_OTHER"])
del os.environ["MY_OTHER"]
print("MY_OTHER" in os.environ, type(os.environ).__name__)
print(isinstance(os.environ.copy(), dict), len(os.environ) > 0)
from collections.abc import Mapping, MutableMapping
print(isinstance(os.environ, Mapping), isinstance(os.environ, MutableMapping))
print(os.path.isabs(os.getcwd()), os.getcwd() == os.path.abspath("."))
print(os.path.abspath("sub/../f.txt") == os.path.join(os.getcwd(), "f.txt"))
print(isinstance(os.getpid(), int), isinstance(os.cpu_count(), int))
n = len(os.urandom(8))
print(type(os.urandom(2)).__name__, n, len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("~/x") == os.environ["HOME"] + "/x")
print(os.path.expandvars("$HOME/x") == os.environ["HOME"] + "/x", os.path.expandvars("${NOPE_NOT_SET}/$NOPE2"))
print(os.path.exists("no_such_file_here.txt"), os.path.isfile("no_such_file_here.txt"), os.path.isdir("no_such_dir_here"))
