"""typing.NamedTuple and typing.TypedDict: record types declared with class
syntax (`class P(NamedTuple): x: int`).

NamedTuple is a function whose __mro_entries__ puts a class with a metaclass
in its place, so that `class P(NamedTuple)` makes a collections.namedtuple
class (a tuple subclass), as in CPython. TypedDict is a function the same
way: `class M(TypedDict)` is made by _TypedDictMeta, a dict subclass whose
call gives a plain dict, and `TypedDict('M', {...})` makes the same class.
"""

import typing

# The classes below report themselves as typing.NamedTuple / typing.TypedDict.
__name__ = 'typing'


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: typing._type_check(t) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class _NamedTupleMeta(type):
    """The metaclass of `class P(NamedTuple)`: builds a collections.namedtuple
    class from the annotations and copies the body's other names onto it."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not typing.Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                plural = 's' if len(default_names) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{plural} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if typing.Generic in bases:
            # class P(NamedTuple, Generic[T]): P[int] as for any generic class.
            params = typing._pending_parameters[0]
            typing._pending_parameters[0] = None
            nm_tpl.__parameters__ = params if params is not None else ()
            getitem = typing.Generic.__dict__['__class_getitem__']
            nm_tpl.__class_getitem__ = classmethod(getattr(getitem, '__func__', getitem))
            nm_tpl.__orig_bases__ = ns.get('__orig_bases__', bases)
        for key, value in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, value)
                set_name = getattr(type(value), '__set_name__', None)
                if set_name is not None:
                    set_name(value, nm_tpl, key)
        return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `class P(NamedTuple): x: int; y: int = 0`,
    or NamedTuple('P', [('x', int), ('y', int)])."""
    if fields is None:
        fields = list(kwargs.items())
    nt = _make_nmtuple(typename, fields, module=typing._caller_module(2))
    nt.__orig_bases__ = (NamedTuple,)
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    """The metaclass of `class Movie(TypedDict)`: the class made is a dict
    subclass (bases (dict,), as in CPython) that records which keys are
    required; calling it gives a plain dict."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not typing.Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (typing.Generic,) if typing.Generic in bases else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        if not hasattr(tp_dict, '__orig_bases__'):
            tp_dict.__orig_bases__ = bases
        own = {n: typing._type_check(tp) for n, tp in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        readonly, mutable = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required |= base_required
            optional -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required -= base_optional
            optional |= base_optional
            readonly.update(base.__dict__.get('__readonly_keys__', ()))
            mutable.update(base.__dict__.get('__mutable_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            qualifiers = _qualifiers(tp)
            if typing.Required in qualifiers:
                is_required = True
            elif typing.NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
            if typing.ReadOnly in qualifiers:
                readonly.add(key)
                mutable.discard(key)
            else:
                mutable.add(key)
                readonly.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__readonly_keys__ = frozenset(readonly)
        tp_dict.__mutable_keys__ = frozenset(mutable)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        # A TypedDict is only a description of dict keys: no isinstance().
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _qualifiers(tp):
    """Required / NotRequired / ReadOnly wrapped around an annotation, through
    Annotated[...] too."""
    found = []
    while True:
        if isinstance(tp, typing._AnnotatedAlias):
            tp = tp.__origin__
            continue
        origin = getattr(tp, '__origin__', None)
        if origin is typing.Required or origin is typing.NotRequired or origin is typing.ReadOnly:
            found.append(origin)
            tp = tp.__args__[0]
            continue
        return found


_NO_FIELDS = object()


def TypedDict(typename, fields=_NO_FIELDS, /, *, total=True):
    """A simple typed namespace. At runtime it is equivalent to a plain dict.

    Usage: `class Point2D(TypedDict): x: int` or
    `Point2D = TypedDict('Point2D', {'x': int, 'y': int})`.
    """
    if fields is _NO_FIELDS or fields is None:
        import warnings
        how = 'Failing to pass a value' if fields is _NO_FIELDS else 'Passing `None`'
        warnings.warn(f"{how} for the 'fields' parameter is deprecated and will be "
                      "disallowed in Python 3.15. To create a TypedDict class with 0 "
                      "fields using the functional syntax, pass an empty dictionary, "
                      f"e.g. `{typename} = TypedDict({typename!r}, {{}})`.",
                      DeprecationWarning, stacklevel=2)
        fields = {}
    ns = {'__annotations__': dict(fields), '__module__': typing._caller_module(2)}
    td = _TypedDictMeta(typename, (), ns, total=total)
    td.__orig_bases__ = (TypedDict,)
    return td


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)
