"""namedtuple: classes of tuples with named fields. Each class is a real
tuple subclass (isinstance(p, tuple), unpacking, indexing, hashing and
ordering are the tuple's own); fields are read by position through a
descriptor, as CPython's _tuplegetter does.
"""

# namedtuple reports itself as collections.namedtuple, as in CPython.
__name__ = "collections"

import sys

__all__ = ["namedtuple"]

_MISSING = object()

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"])


class _tuplegetter:
    """A field of a namedtuple: reads item `index` of the tuple; a data
    descriptor, so assigning the field is refused rather than shadowed."""

    __slots__ = ("index", "doc")

    def __init__(self, index, doc):
        self.index = index
        self.doc = doc

    @property
    def __doc__(self):
        return self.doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self.index, self.doc)

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _quoted_list(names):
    """'x' / 'x' and 'y' / 'x', 'y', and 'z', as in CPython's TypeErrors."""
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _check_field_names(typename, field_names, rename):
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(
                f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)


def _bind(typename, fields, field_defaults, args, kwargs):
    """The values tuple for Point(*args, **kwargs), with the TypeErrors
    CPython's generated __new__(_cls, x, y) would raise."""
    n = len(fields)
    where = f"{typename}.__new__()"
    if len(args) > n:
        nd = len(field_defaults)
        if nd:
            takes = f"from {n - nd + 1} to {n + 1} positional arguments"
        else:
            takes = f"{n + 1} positional argument" + ("s" if n else "")
        raise TypeError(f"{where} takes {takes} but {len(args) + 1} were given")
    values = list(args) + [_MISSING] * (n - len(args))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{where} got an unexpected keyword argument '{key}'")
        i = fields.index(key)
        if i < len(args):
            raise TypeError(f"{where} got multiple values for argument '{key}'")
        values[i] = value
    missing = []
    for i, value in enumerate(values):
        if value is _MISSING:
            if fields[i] in field_defaults:
                values[i] = field_defaults[fields[i]]
            else:
                missing.append(fields[i])
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise TypeError(f"{where} missing {len(missing)} required positional "
                        f"argument{plural}: {_quoted_list(missing)}")
    return values


# Methods shared by every namedtuple class.

def _nt_repr(self):
    inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
    return f"{self.__class__.__name__}({inner})"


def _nt_asdict(self):
    """Return a new dict which maps field names to their values."""
    return dict(zip(self._fields, self))


def _nt_replace(self, /, **kwds):
    """Return a new Point object replacing specified fields with new values"""
    result = self._make(kwds.pop(name, value) for name, value in zip(self._fields, self))
    if kwds:
        raise TypeError(f"Got unexpected field names: {list(kwds)!r}")
    return result


def _nt_make(cls, iterable):
    """Make a new Point object from a sequence or iterable"""
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
    return result


def _nt_getnewargs(self):
    """Return self as a plain tuple.  Used by copy and pickle."""
    return tuple(self)


def _class_getitem(cls, item):
    # defaultdict[str, int] is a types.GenericAlias, as list[int] is.
    return _GenericAlias(cls, item)


_GenericAlias = type(list[int])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = sys.intern(str(typename)) if hasattr(sys, "intern") else str(typename)
    _check_field_names(typename, field_names, rename)
    fields = tuple(field_names)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        if defaults:
            field_defaults = dict(zip(fields[-len(defaults):], defaults))

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == len(fields):
            return tuple.__new__(_cls, args)
        return tuple.__new__(_cls, _bind(typename, fields, field_defaults, args, kwargs))

    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"

    if module is None:
        # The class belongs to the module that called namedtuple().
        getframe = getattr(sys, "_getframe", None)
        try:
            module = getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            module = "__main__"

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "__module__": module,
        "__qualname__": typename,
        "__new__": staticmethod(__new__),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__repr__": _nt_repr,
        "_asdict": _nt_asdict,
        "_replace": _nt_replace,
        "__replace__": _nt_replace,   # copy.replace() (3.13)
        "_make": classmethod(_nt_make),
        "__getnewargs__": _nt_getnewargs,
        "__class_getitem__": classmethod(_class_getitem),
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    return type(typename, (tuple,), namespace)
