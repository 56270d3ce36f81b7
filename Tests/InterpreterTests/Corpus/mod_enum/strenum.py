# StrEnum members act like their string values.
from enum import StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "X-Custom"


print(Method.GET, repr(Method.GET), Method.CUSTOM)
print(Method.GET == "get", Method.POST.upper(), Method("post"))
print(f"method={Method.POST}", "[" + Method.GET + "]")
print(Method.CUSTOM.lower(), len(Method.CUSTOM), list(Method))
