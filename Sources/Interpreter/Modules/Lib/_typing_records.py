"""typing.NamedTuple and typing.TypedDict: record types declared with class
syntax (`class P(NamedTuple): x: int`), built at class creation by
__init_subclass__ since the interpreter has no metaclasses.

NamedTuple classes keep their values in a hidden tuple and expose each field
as a read-only property; they are not tuple subclasses (the interpreter cannot
subclass tuple), but compare equal to tuples and unpack like them.
"""

import typing

# The classes below report themselves as typing.NamedTuple / typing.TypedDict.
__name__ = 'typing'


class NamedTuple:
    """`class P(NamedTuple): x: int; y: int = 0` builds a namedtuple class from
    the annotations: fields become read-only properties over a hidden tuple.
    `NamedTuple('P', [('x', int)])` is the functional form."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _namedtuple_functional(*args, **kwargs)
        return object.__new__(cls)   # replaced in every subclass

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Only `class P(NamedTuple)` declares fields; a subclass of P reuses them.
        if NamedTuple in cls.__bases__:
            _make_namedtuple_class(cls)


def _make_namedtuple_class(cls):
    annotations = dict(vars(cls).get('__annotations__', {}))
    fields = tuple(annotations)
    defaults = {}
    for name in fields:
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in vars(cls):
            defaults[name] = vars(cls)[name]
        elif defaults:
            names = ', '.join(defaults)
            plural = 's' if len(defaults) > 1 else ''
            raise TypeError(f'Non-default namedtuple field {name} cannot follow '
                            f'default field{plural} {names}')
    cls._fields = fields
    cls._field_defaults = defaults
    cls.__match_args__ = fields
    cls.__annotations__ = annotations
    for index, name in enumerate(fields):
        # The class attribute held the default; the field itself is read-only.
        # (A setter that refuses, rather than relying on __setattr__ alone.)
        setattr(cls, name, property(lambda self, _i=index: self._tuple[_i],
                                    _nt_no_set, doc=f'Alias for field number {index}'))
    for key, value in _NT_METHODS.items():
        if key not in vars(cls):
            setattr(cls, key, value)


def _nt_bind(cls, args, kwargs):
    """The field values for P(*args, **kwargs), with the TypeErrors CPython's
    generated P.__new__(cls, x, y) raises."""
    fields, defaults = cls._fields, cls._field_defaults
    where = f'{cls.__name__}.__new__()'
    n = len(fields)
    if len(args) > n:
        if defaults:
            takes = f'from {n - len(defaults) + 1} to {n + 1} positional arguments'
        else:
            takes = f'{n + 1} positional argument' + ('s' if n else '')
        raise TypeError(f'{where} takes {takes} but {len(args) + 1} were given')
    values = list(args) + [_NT_MISSING] * (n - len(args))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{where} got an unexpected keyword argument '{key}'")
        i = fields.index(key)
        if values[i] is not _NT_MISSING:
            raise TypeError(f"{where} got multiple values for argument '{key}'")
        values[i] = value
    missing = []
    for i, name in enumerate(fields):
        if values[i] is _NT_MISSING:
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        quoted = [f"'{m}'" for m in missing]
        listed = quoted[0] if len(quoted) == 1 else \
            ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1]
        plural = 's' if len(missing) > 1 else ''
        raise TypeError(f'{where} missing {len(missing)} required positional '
                        f'argument{plural}: {listed}')
    return tuple(values)


_NT_MISSING = object()


def _nt_new(cls, *args, **kwargs):
    return _nt_instance(cls, _nt_bind(cls, args, kwargs))


def _nt_instance(cls, values):
    self = object.__new__(cls)
    object.__setattr__(self, '_tuple', values)
    return self


def _nt_no_set(self, value):
    raise AttributeError("can't set attribute")


def _nt_setattr(self, name, value):
    if name in self._fields:
        raise AttributeError("can't set attribute")
    raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}' "
                         'and no __dict__ for setting new attributes')


def _nt_repr(self):
    inner = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self._tuple))
    return f'{type(self).__name__}({inner})'


def _nt_replace(self, /, **changes):
    values = tuple(changes.pop(n, v) for n, v in zip(self._fields, self._tuple))
    if changes:
        raise TypeError(f'Got unexpected field names: {list(changes)!r}')
    return _nt_instance(type(self), values)


def _nt_make(cls, iterable):
    values = tuple(iterable)
    if len(values) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
    return _nt_instance(cls, values)


def _nt_other(other):
    # Namedtuples compare equal to plain tuples with the same items.
    if isinstance(other, tuple):
        return other
    if isinstance(other, NamedTuple):
        return other._tuple
    return None


def _nt_compare(op):
    def compare(self, other):
        t = _nt_other(other)
        if t is None:
            return NotImplemented
        return op(self._tuple, t)
    return compare


_NT_METHODS = {
    '__new__': _nt_new,
    '__init__': lambda self, *args, **kwargs: None,
    '__repr__': _nt_repr,
    '__setattr__': _nt_setattr,
    '_asdict': lambda self: dict(zip(self._fields, self._tuple)),
    '_replace': _nt_replace,
    '_make': classmethod(_nt_make),
    '__iter__': lambda self: iter(self._tuple),
    '__len__': lambda self: len(self._tuple),
    '__getitem__': lambda self, i: self._tuple[i],
    '__contains__': lambda self, x: x in self._tuple,
    '__hash__': lambda self: hash(self._tuple),
    '__eq__': _nt_compare(lambda a, b: a == b),
    '__ne__': _nt_compare(lambda a, b: a != b),
    '__lt__': _nt_compare(lambda a, b: a < b),
    '__le__': _nt_compare(lambda a, b: a <= b),
    '__gt__': _nt_compare(lambda a, b: a > b),
    '__ge__': _nt_compare(lambda a, b: a >= b),
    '__add__': lambda self, other: self._tuple + tuple(other),
    '__getnewargs__': lambda self: self._tuple,
    'count': lambda self, x: self._tuple.count(x),
    'index': lambda self, x, *args: self._tuple.index(x, *args),
}


def _namedtuple_functional(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    annotations = {name: typing._type_check(tp) for name, tp in fields}
    cls = type(typename, (NamedTuple,), {'__annotations__': annotations,
                                         '__module__': typing._caller_module(3)})
    if '_fields' not in vars(cls):
        _make_namedtuple_class(cls)   # type() did not run __init_subclass__
    return cls


def _make_typeddict_meta():
    class _TypedDictMeta(type):
        # A TypedDict is only a description of dict keys: no isinstance().
        def __instancecheck__(cls, instance):
            raise TypeError('TypedDict does not support instance and class checks')

        def __subclasscheck__(cls, other):
            raise TypeError('TypedDict does not support instance and class checks')
    return _TypedDictMeta


try:
    _TypedDictMeta = _make_typeddict_meta()
except Exception:   # an interpreter without metaclasses
    _TypedDictMeta = type


class TypedDict(metaclass=_TypedDictMeta):
    """`class Movie(TypedDict): name: str` — calling Movie(...) gives a plain dict."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        _typeddict_setup(cls, total)


def _typeddict_setup(cls, total):
    """Merge the bases' keys with this class's annotations, sorting each key
    into required or optional (total=, Required[], NotRequired[])."""
    own = dict(vars(cls).get('__annotations__', {}))
    annotations, required, optional = {}, set(), set()
    for base in reversed(cls.__mro__[1:]):
        if base is not TypedDict and TypedDict in base.__mro__:
            annotations.update(vars(base).get('__annotations__', {}))
            required |= base.__required_keys__
            optional |= base.__optional_keys__
    for name, tp in own.items():
        annotations[name] = tp
        wrapper = getattr(tp, '__origin__', None)
        if wrapper is typing.Required or (total and wrapper is not typing.NotRequired):
            required.add(name)
            optional.discard(name)
        else:
            optional.add(name)
            required.discard(name)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = total
    cls.__readonly_keys__ = frozenset()
    cls.__mutable_keys__ = frozenset(annotations)


def _typeddict_functional(typename, fields=None, /, *, total=True):
    namespace = {'__annotations__': dict(fields or {}), '__module__': typing._caller_module(3)}
    cls = _TypedDictMeta(typename, (TypedDict,), namespace)
    # type() cannot pass total=, and the interpreter's type() may skip
    # __init_subclass__: set the keys up here either way.
    _typeddict_setup(cls, total)
    return cls


def is_typeddict(tp):
    return isinstance(tp, type) and tp is not TypedDict and TypedDict in tp.__mro__
