# User exceptions form a hierarchy and can be caught by base class.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class NetworkError(AppError):
    pass


for exc_class in (ConfigError, NetworkError, AppError):
    try:
        raise exc_class("problem in " + exc_class.__name__)
    except AppError as exc:
        print(type(exc).__name__, "->", exc)
print([k.__name__ for k in ConfigError.__mro__])
