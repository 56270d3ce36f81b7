"""typing.NamedTuple and typing.TypedDict: record types declared with class
syntax (`class P(NamedTuple): x: int`).

NamedTuple is a function whose __mro_entries__ puts a class with a metaclass
in its place, so that `class P(NamedTuple)` makes a collections.namedtuple
class (a tuple subclass), as in CPython.
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
