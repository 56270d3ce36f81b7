# Custom exceptions can carry extra data.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


try:
    raise ValidationError("age", "must be positive")
except ValidationError as exc:
    print(exc.field, "|", exc, "|", repr(exc))
