# Custom exceptions can carry data; add_note adds lines to the traceback.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


errors = []
for field, value in [("age", -3), ("name", ""), ("email", "a@b")]:
    try:
        if field == "age" and value < 0:
            raise ValidationError(field, "must be positive")
        if field == "name" and not value:
            raise ValidationError(field, "is empty")
    except ValidationError as e:
        errors.append(e)
print([(e.field, e.problem) for e in errors])
print(isinstance(errors[0], ValueError), ValidationError.__mro__[1].__name__)
e = ValidationError("zip", "bad")
e.add_note("zip codes have five digits")
print(e.__notes__)
raise e
