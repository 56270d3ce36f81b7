# args come from the constructor call even if __init__ does not call super().
class HttpError(Exception):
    def __init__(self, code, reason="unknown"):
        self.code = code
        self.reason = reason


class Detailed(Exception):
    def __init__(self, code):
        super().__init__(f"error {code}")
        self.code = code


e = HttpError(404, reason="not found")
print(e.args, str(e), repr(e), e.code, e.reason)
d = Detailed(500)
print(d.args, str(d), repr(d))
print(str(HttpError(1, "x")), repr(Exception()), str(Exception("a", 2)))
raise HttpError(503)
