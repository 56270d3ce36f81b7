# AssertionError with and without a message.
try:
    assert 1 + 1 == 3
except AssertionError as exc:
    print("no message:", repr(exc), exc.args)
try:
    assert [], "empty list is falsy"
except AssertionError as exc:
    print("message:", exc)
assert True, "never raised"
print("passed")
