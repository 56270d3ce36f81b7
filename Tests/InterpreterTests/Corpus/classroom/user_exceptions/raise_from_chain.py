# raise ... from ... records the cause; from None hides the context.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e


def load_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("bad number") from None


try:
    load("x1")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    load_quiet("x2")
except ConfigError as e:
    print(e, "| cause:", e.__cause__, "| context kept:", type(e.__context__).__name__)
load("oops")
