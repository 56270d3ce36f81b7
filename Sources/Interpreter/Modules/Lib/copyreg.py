"""copyreg: the helpers object.__reduce__ / __reduce_ex__ name in what they
return (copy and pickle call them to rebuild an object)."""


def __newobj__(cls, *args):
    """Protocol 2 and later: a new instance of cls, made by its __new__."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """As __newobj__, with keyword arguments for __new__."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Protocols 0 and 1: an instance of cls whose built-in part (base) is
    made from state."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj
