# The first matching except clause wins, so catch subclasses before bases.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


def fail(cls):
    raise cls("something broke")


for cls in [DbError, AppError, KeyError]:
    try:
        fail(cls)
    except DbError as e:
        print("DbError handler:", e)
    except AppError as e:
        print("AppError handler:", type(e).__name__)
    except (KeyError, IndexError) as e:
        print("lookup handler:", repr(e))
try:
    fail(DbError)
except AppError:
    print("a base class catches its subclasses")
except DbError:
    print("never reached")
