# Only BaseException subclasses can be raised.
class NotAnError:
    pass


try:
    raise NotAnError()
except TypeError as exc:
    print(exc)
