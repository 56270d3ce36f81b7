# A classroom pattern: validate many records, report every problem at once.
class Invalid(Exception):
    pass

def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(Invalid("missing name"))
    if record.get("age", 0) < 0:
        problems.append(ValueError("negative age"))
    if problems:
        raise ExceptionGroup(f"record {record.get('id')}", problems)

def validate_all(records):
    failures = []
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("validation", failures)

records = [{"id": 1, "name": "Ada", "age": 36}, {"id": 2, "age": -1}, {"id": 3, "name": "", "age": 5}]
try:
    validate_all(records)
except* Invalid as eg:
    for sub in eg.exceptions:
        print(sub.message, [str(x) for x in sub.exceptions])
except* ValueError as eg:
    print("values:", repr(eg))
