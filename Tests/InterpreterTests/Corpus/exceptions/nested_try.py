# Inner handlers run first; unhandled types propagate outward.
try:
    try:
        int("x")
    except TypeError:
        print("inner TypeError handler")
    finally:
        print("inner finally")
except ValueError as exc:
    print("outer ValueError handler:", exc)
finally:
    print("outer finally")
