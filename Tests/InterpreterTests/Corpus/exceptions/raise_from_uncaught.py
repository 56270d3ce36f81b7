# Uncaught chained exception: the last line is the outer exception.
def load():
    try:
        [][0]
    except IndexError as exc:
        raise LookupError("nothing to load") from exc


load()
