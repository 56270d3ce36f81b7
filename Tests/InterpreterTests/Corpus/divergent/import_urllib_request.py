# urllib.parse works (no network needed); urllib.request and its friends
# reach the network, so importing them is refused with the sandbox's reason
# however the import is written (CPython would import them).
from urllib.parse import urlencode
print(urlencode({"q": "scope rules"}))
try:
    from urllib import request
except ModuleNotFoundError as exc:
    print("ModuleNotFoundError:", exc)
try:
    import urllib.error
except ImportError as exc:
    print("ImportError:", exc)
from urllib.request import urlopen
