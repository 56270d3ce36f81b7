# __str__ on an exception controls its message.
class HttpError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"HTTP {self.code}"


try:
    raise HttpError(404)
except HttpError as exc:
    print(exc, exc.args, repr(exc))
raise HttpError(500)
