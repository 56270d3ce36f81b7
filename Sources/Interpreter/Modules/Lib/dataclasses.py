"""Classes that write their own __init__, __repr__, __eq__... from their
annotated fields (scopewalk's own `dataclasses`).

CPython generates the methods' source text and exec()s it. This interpreter
has no exec, so every generated method here is a closure over the class's
list of fields, and __init__ binds its arguments by hand, raising the same
TypeErrors a real `def __init__(self, x, y=0)` would.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()   # "no default", distinct from None


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()   # `_: KW_ONLY` makes the fields after it keyword-only


class FrozenInstanceError(AttributeError):
    pass


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """`scale: InitVar[int]`: an __init__ argument passed on to __post_init__
    but not stored as a field."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class _MappingProxy:
    """Read-only view of a field's metadata dict (CPython's mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def items(self):
        return self._mapping.items()

    def values(self):
        return self._mapping.values()

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'


_EMPTY_METADATA = _MappingProxy({})


class Field:
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if not metadata else _MappingProxy(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Per-field options: a default or default_factory, and whether the field
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, **options):
        for name, value in options.items():
            setattr(self, name, value)

    def __repr__(self):
        inner = ','.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'_DataclassParams({inner})'


# ---------------------------------------------------------------- collecting fields

def _annotation_is(annotation, obj, names):
    # A real object (ClassVar[int], KW_ONLY) or, under
    # `from __future__ import annotations`, its name as a string.
    if isinstance(annotation, str):
        head = annotation.strip().split('[')[0].strip()
        return head in names
    if annotation is obj:
        return True
    return getattr(annotation, '__origin__', None) is obj and obj is not None


def _is_classvar(annotation):
    typing_classvar = _typing_attr('ClassVar')
    return _annotation_is(annotation, typing_classvar, ('ClassVar', 'typing.ClassVar'))


def _typing_attr(name):
    import sys
    typing = sys.modules.get('typing')
    return getattr(typing, name, None) if typing is not None else None


def _is_initvar(annotation):
    if isinstance(annotation, InitVar) or annotation is InitVar:
        return True
    return isinstance(annotation, str) and _annotation_is(
        annotation, None, ('InitVar', 'dataclasses.InitVar'))


def _get_field(cls, name, annotation, default_kw_only):
    default = vars(cls).get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        f.kw_only = False if f.kw_only is MISSING else f.kw_only
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # A list/dict/set default would be shared by every instance.
    if f._field_type is _FIELD and f.default is not MISSING \
            and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


def _collect_fields(cls, kw_only):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = vars(base).get('__dataclass_fields__')
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = vars(cls).get('__annotations__', {})
    seen_kw_only_marker = False
    for name, annotation in annotations.items():
        if _annotation_is(annotation, KW_ONLY, ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if seen_kw_only_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_only_marker = True
            kw_only = True
            continue
        f = _get_field(cls, name, annotation, kw_only)
        fields[name] = f
        # The class attribute keeps a plain default; a field() object goes away.
        if isinstance(vars(cls).get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in vars(cls).items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields


# ---------------------------------------------------------------- generated methods

def _quoted_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    by_name = {f.name: f for f in init_fields}
    stored = [f for f in fields if f._field_type is _FIELD]
    initvars = [f for f in init_fields if f._field_type is _FIELD_INITVAR]
    n_required = sum(1 for f in positional
                     if f.default is MISSING and f.default_factory is MISSING)
    where = f'{cls.__qualname__}.__init__()'

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            n = len(positional)
            if n_required < n:
                takes = f'from {n_required + 1} to {n + 1} positional arguments'
            else:
                takes = f'{n + 1} positional argument' + ('s' if n else '')
            raise TypeError(f'{where} takes {takes} but {len(args) + 1} were given')
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError(f"{where} got an unexpected keyword argument '{name}'")
            if name in values:
                raise TypeError(f"{where} got multiple values for argument '{name}'")
            values[name] = value
        for group, kind in ((positional, 'positional'), (keyword, 'keyword-only')):
            missing = [f.name for f in group if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                plural = 's' if len(missing) > 1 else ''
                raise TypeError(f'{where} missing {len(missing)} required {kind} '
                                f'argument{plural}: {_quoted_list(missing)}')
        for f in stored:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue   # init=False with no default: left unset, as in CPython
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = [values.get(f.name, f.default) for f in initvars]
            self.__post_init__(*extra)

    # As CPython's generated __init__: the fields' annotations, -> None.
    __init__.__annotations__ = dict({f.name: f.type for f in init_fields}, **{'return': None})
    __init__.__qualname__ = f'{cls.__qualname__}.__init__'
    __init__.__module__ = cls.__module__
    return __init__


_repr_running = set()


def _make_repr(fields):
    shown = [f.name for f in fields if f._field_type is _FIELD and f.repr]

    def __repr__(self):
        # A dataclass that contains itself prints as ... the second time.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in shown)
        finally:
            _repr_running.discard(key)
        return f'{type(self).__qualname__}({inner})'

    # pprint lays out dataclasses whose repr is this generated one.
    __repr__._dataclass_generated_repr = True
    return __repr__


def _compare_values(self, names):
    return tuple(getattr(self, name) for name in names)


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _compare_values(self, names) == _compare_values(other, names)
        return NotImplemented
    return __eq__


def _make_order(names, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_compare_values(self, names), _compare_values(other, names))
        return NotImplemented
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(_compare_values(self, names))
    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new(cls, name, value):
    """Add a generated method unless the class wrote its own; True if it had."""
    if name in vars(cls):
        return True
    value.__qualname__ = f'{cls.__qualname__}.{name}'
    value.__name__ = name
    # CPython exec()s the methods in the class's module.
    value.__module__ = cls.__module__
    setattr(cls, name, value)
    return False


def _signature_text(cls, fields):
    parts = []
    star = False
    params = [f for f in fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    # As in the generated __init__: positional parameters, then keyword-only.
    for f in [f for f in params if not f.kw_only] + [f for f in params if f.kw_only]:
        if f.kw_only and not star:
            parts.append('*')   # keyword-only parameters follow a bare star
            star = True
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return f'{cls.__name__}({", ".join(parts)})'


def _annotation_text(annotation):
    # Like inspect.formatannotation: `int`, `mod.Name`, typing.X without "typing.".
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


# ---------------------------------------------------------------- the decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[1:]:
        params = vars(base).get('__dataclass_params__')
        if params is not None:
            has_dataclass_bases = True
            any_frozen_base = any_frozen_base or params.frozen
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    field_map = _collect_fields(cls, kw_only)
    all_fields = list(field_map.values())

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    if slots:
        cls = _add_slots(cls, all_fields)

    cls.__dataclass_fields__ = field_map
    cls.__dataclass_params__ = _DataclassParams(
        init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
        frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
        weakref_slot=weakref_slot)

    if init:
        seen_default = None
        for f in all_fields:
            if not f.init or f.kw_only or f._field_type is _FIELD_CLASSVAR:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError(f'non-default argument {f.name!r} follows '
                                    f'default argument {seen_default.name!r}')
            elif seen_default is None:
                seen_default = f
        has_post_init = hasattr(cls, '__post_init__')
        _set_new(cls, '__init__', _make_init(cls, all_fields, frozen, has_post_init))

    plain = [f for f in all_fields if f._field_type is _FIELD]
    if repr:
        _set_new(cls, '__repr__', _make_repr(plain))

    compare_names = tuple(f.name for f in plain if f.compare)
    if eq:
        _set_new(cls, '__eq__', _make_eq(compare_names))

    if order:
        import operator
        for name, op in (('__lt__', operator.lt), ('__le__', operator.le),
                         ('__gt__', operator.gt), ('__ge__', operator.ge)):
            if _set_new(cls, name, _make_order(compare_names, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__} Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, tuple(f.name for f in plain))
        for name, method in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    _set_hash(cls, plain, eq, frozen, unsafe_hash)

    if vars(cls).get('__doc__') is None:
        cls.__doc__ = _signature_text(cls, all_fields)

    if match_args and '__match_args__' not in vars(cls):
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f.init and not f.kw_only
                                   and f._field_type is not _FIELD_CLASSVAR)
    if '__replace__' not in vars(cls):
        cls.__replace__ = _replace
    return cls


def _set_hash(cls, plain, eq, frozen, unsafe_hash):
    # CPython's table: whether to add, remove (None) or leave __hash__ alone.
    class_hash = vars(cls).get('__hash__', MISSING)
    explicit = not (class_hash is MISSING or
                    (class_hash is None and '__eq__' in vars(cls)))
    names = tuple(f.name for f in plain
                  if (f.compare if f.hash is None else f.hash))
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _named(_make_hash(names), cls, '__hash__')
    elif eq and frozen:
        if not explicit:
            cls.__hash__ = _named(_make_hash(names), cls, '__hash__')
    elif eq:
        if not explicit:
            cls.__hash__ = None


def _named(func, cls, name):
    func.__qualname__ = f'{cls.__qualname__}.{name}'
    func.__module__ = cls.__module__
    return func


def _add_slots(cls, all_fields):
    """slots=True: a new class with __slots__ for the fields (a class cannot
    gain slots after it is made)."""
    namespace = dict(vars(cls))
    names = tuple(f.name for f in all_fields if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    namespace['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in names:
        namespace.pop(name, None)   # defaults live in the fields
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    new_cls = type(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and on request ordering, hashing,
    immutability) to a class, built from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap   # @dataclass(...)
    return wrap(cls)  # @dataclass


# ---------------------------------------------------------------- helpers

def fields(class_or_instance):
    """The Field objects of a dataclass (not its ClassVars or InitVars)."""
    try:
        field_map = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in field_map.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """A dataclass as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, lambda pairs: dict_factory(pairs))


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass as a tuple of its field values, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, None, tuple_factory)


def _convert(obj, dict_factory, tuple_factory=None):
    if _is_dataclass_instance(obj):
        if dict_factory is not None:
            return dict_factory([(f.name, _convert(getattr(obj, f.name), dict_factory))
                                 for f in fields(obj)])
        return tuple_factory([_convert(getattr(obj, f.name), None, tuple_factory)
                              for f in fields(obj)])
    if hasattr(type(obj), '_fields') and hasattr(type(obj), '_make'):
        return type(obj)(*[_convert(v, dict_factory, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, dict_factory, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, dict_factory, tuple_factory),
                          _convert(v, dict_factory, tuple_factory))
                         for k, v in obj.items())
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    # Every dataclass's __replace__ (copy.replace, 3.13), and replace()'s work.
    obj = self
    for f in type(obj).__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            if f._field_type is _FIELD_INITVAR:
                continue
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """Build a dataclass from a list of names, (name, type) or (name, type, field)."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    namespace['__module__'] = module or '__main__'
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
