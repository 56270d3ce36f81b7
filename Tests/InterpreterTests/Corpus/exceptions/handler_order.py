# The first matching handler wins, even when a later one is more specific.
try:
    raise KeyError("k")
except Exception:
    print("Exception handler")
except KeyError:
    print("KeyError handler")
