"""Names for type hints, as they behave at run time (scopewalk's own `typing`).

Type hints are ordinary objects once a program runs: `Optional[int]` is an
object that prints as `typing.Optional[int]` and remembers its parts
(get_origin / get_args). Nothing here checks types; it only has to look and
answer like CPython's typing module.

NamedTuple and TypedDict are functions, as in CPython, whose __mro_entries__
make `class P(NamedTuple)` a tuple subclass and `class M(TypedDict)` a dict
subclass (_typing_records.py).
"""

import sys
import collections
import collections.abc as _cabc

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'AnyStr', 'assert_never', 'assert_type', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_protocol_members', 'get_type_hints', 'is_protocol', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired',
    'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs', 'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)
_FunctionType = type(lambda: None)
# The built-in alias types behind list[int] and int | None (types.GenericAlias
# and types.UnionType), which typing has to understand too.
try:
    _BuiltinAlias = type(list[int])
    _BuiltinUnion = type(int | str)
except TypeError:
    _BuiltinAlias = _BuiltinUnion = None


def _type_repr(obj):
    """How a type shows up inside a subscript: `int`, `__main__.Node`, `...`."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg):
    # None stands for NoneType and a string for a forward reference.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    """The TypeVars that still appear in args, in first-seen order."""
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in found:
                found.append(a)
        elif isinstance(a, list):
            for p in _collect_parameters(tuple(a)):
                if p not in found:
                    found.append(p)
        else:
            for p in getattr(a, '__parameters__', ()) if isinstance(a, _Alias) else ():
                if p not in found:
                    found.append(p)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _Alias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


# ---------------------------------------------------------------- special forms

class _Alias:
    """What every subscripted or special typing object shares: `X | Y`, and
    refusing isinstance() the way CPython does."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialForm(_Alias):
    """Any, Union, Optional, Final, ClassVar...: a named object whose
    subscription is handled by a function."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate {self!r}')

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"type '{self._name}' is not subscriptable")
        return self._getitem(self, params)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


class _GenericAlias(_Alias):
    """A subscripted type: List[int], Final[int], Stack[str]..."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = tuple(args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        return f'{head}[{self._args_repr()}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot instantiate {self.__origin__!r}')
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__.lower()}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass   # e.g. a class with __slots__
        return result

    def __getitem__(self, params):
        # List[T][int] -> List[int]: substitute the free type variables.
        params = _as_tuple(params)
        free = self.__parameters__
        if not free:
            raise TypeError(f'{self!r} is not a generic class')
        if len(params) != len(free):
            word = 'many' if len(params) > len(free) else 'few'
            raise TypeError(f'Too {word} arguments for {self!r}; '
                            f'actual {len(params)}, expected {len(free)}')
        mapping = dict(zip(free, (_type_check(p) for p in params)))
        new = [_substitute(a, mapping) for a in self.__args__]
        return self._copy_with(new)

    def _copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __getattr__(self, attr):
        # List[int].append etc. come from the origin, as in CPython.
        if attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __mro_entries__(self, bases):
        # Stack[int] stands for Stack; a named alias (Dict[K, V]) also brings
        # Generic, once, unless a later base will bring it.
        if not self._name:
            return (self.__origin__,)
        res = [] if self.__origin__ in bases else [self.__origin__]
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)


class _SpecialGenericAlias(_Alias):
    """A bare alias of a container: List, Dict, Iterable... subscripting it
    makes a _GenericAlias with the right number of arguments."""

    def __init__(self, origin, nparams, name, inst=False):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if self._nparams == 0:
            raise TypeError(f'{self!r} is not a generic class')
        if len(params) != self._nparams:
            word = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {word} arguments for {self!r}; '
                            f'actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', False)
        params = tuple(_type_check(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, 'Tuple', False)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], bool]: stored flat like CPython (int, str, bool)
    and printed with the argument list in brackets."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        inner = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{inner}], {_type_repr(args[-1])}]'

    def _copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, 'Callable', True)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            flat = (..., _type_check(result))
        else:
            if not isinstance(args, (list, tuple)):
                args = [args]
            flat = tuple(_type_check(a) for a in args) + (_type_check(result),)
        return _CallableGenericAlias(self.__origin__, flat, 'Callable', True)


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, args):
        _GenericAlias.__init__(self, Union, args, 'Union', False)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return _GenericAlias.__repr__(self)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _copy_with(self, args):
        return Union[tuple(args)]

    def __getattr__(self, attr):
        raise AttributeError(attr)


def _same_members(a, b):
    return all(x in b for x in a) and all(y in a for y in b)


def _union_getitem(self, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in _as_tuple(params):
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias) or (_BuiltinUnion is not None
                                                 and isinstance(p, _BuiltinUnion)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(tuple(flat))


def _optional_getitem(self, params):
    if isinstance(params, tuple):
        raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
    return Union[params, None]


class _LiteralGenericAlias(_GenericAlias):
    def _args_repr(self):
        return ', '.join(repr(a) for a in self.__args__) if self.__args__ else '()'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        key = lambda args: [(type(a), a) for a in args]
        return _same_members(key(self.__args__), key(other.__args__))

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


def _literal_getitem(self, params):
    values = []
    for p in _as_tuple(params):
        inner = p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)
        for v in inner:
            # Literal[1, True] keeps both: 1 == True but their types differ.
            if not any(type(v) is type(w) and v == w for w in values):
                values.append(v)
    return _LiteralGenericAlias(self, tuple(values), 'Literal')


class _AnnotatedAlias(_GenericAlias):
    """Annotated[int, 'meta']: origin is the type, metadata rides along."""

    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {meta}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _type_check(params[0])
    metadata = params[1:]
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    return _AnnotatedAlias(origin, metadata)


def _single_getitem(self, params):
    # Final[int], ClassVar[int], Required[int]...: exactly one type.
    if isinstance(params, tuple):
        if len(params) != 1:
            raise TypeError(f'{self!r} accepts only single type.')
        params = params[0]
    return _GenericAlias(self, (_type_check(params),), self._name, False)


def _many_getitem(self, params):
    return _GenericAlias(self, tuple(_type_check(p) for p in _as_tuple(params)),
                         self._name, False)


Any = _SpecialForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
ReadOnly = _SpecialForm('ReadOnly', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
TypeIs = _SpecialForm('TypeIs', _single_getitem)
Unpack = _SpecialForm('Unpack', _single_getitem)
Concatenate = _SpecialForm('Concatenate', _many_getitem)
NoDefault = _SpecialForm('NoDefault')


# ---------------------------------------------------------------- type variables

class TypeVar(_Alias):
    """T = TypeVar('T'): a placeholder type, printed ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        self.__module__ = _caller_module()

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def has_default(self):
        return self.__default__ is not NoDefault

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Alias):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__default__ = default
        self.__infer_variance__ = bool(infer_variance)
        self.__module__ = _caller_module()
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class TypeVarTuple:
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


def _caller_module(depth=2):
    # The module of the code that called our caller (depth frames up).
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
Text = str


class ForwardRef(_Alias):
    """A type named by a string, e.g. List['Node'] before Node exists."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


# ---------------------------------------------------------------- container aliases

def _abc(name):
    return getattr(_cabc, name)


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Callable = _CallableAlias(_abc('Callable'), 2, 'Callable', True)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict', True)
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter', True)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap', True)

Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable', True)
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized', True)
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable', True)
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine', True)
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable', True)
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator', True)
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator', True)
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable', True)
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator', True)
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible', True)
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator', True)
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container', True)
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection', True)
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet', True)
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet', True)
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping', True)
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping', True)
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence', True)
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence', True)
ByteString = _SpecialGenericAlias(bytes, 0, 'ByteString', True)
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView', True)
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView', True)
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView', True)
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView', True)


class _ContextManagerAlias(_SpecialGenericAlias):
    # ContextManager[T] gets a default second parameter, bool | None.
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) == 1:
            return _GenericAlias(self.__origin__, params + (_BOOL_OR_NONE,), self._name, True)
        return _SpecialGenericAlias.__getitem__(self, params)


_BOOL_OR_NONE = Optional[bool] if _BuiltinUnion is None else bool | None


class _LazyOrigin:
    """Stands in for contextlib.AbstractContextManager until first use, so
    importing typing does not import contextlib."""

    def __init__(self, module, name):
        self._where = (module, name)

    def _get(self):
        module = __import__(self._where[0])
        return getattr(module, self._where[1])

    def __call__(self, *args, **kwargs):
        return self._get()(*args, **kwargs)

    def __repr__(self):
        return repr(self._get())


ContextManager = _ContextManagerAlias(
    _LazyOrigin('contextlib', 'AbstractContextManager'), 2, 'ContextManager', True)
AsyncContextManager = _ContextManagerAlias(
    _LazyOrigin('contextlib', 'AbstractAsyncContextManager'), 2, 'AsyncContextManager', True)


# ---------------------------------------------------------------- Generic and Protocol

# `class Stack(Generic[T])`: Generic[T]'s __mro_entries__ puts Generic in the
# bases and leaves T here for __init_subclass__.
_pending_parameters = [None]


class _GenericBase(_GenericAlias):
    """Generic[T] and Protocol[T]: an alias that prints as CPython's and, as
    a base, stands for Generic (or Protocol) with T as the parameters."""

    def __mro_entries__(self, bases):
        _pending_parameters[0] = self.__args__
        return (self.__origin__,)


def _generic_parameters(cls, params):
    name = cls.__name__
    for p in params:
        if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
            raise TypeError(f'Parameters to {name}[...] must all be type variables '
                            'or parameter specification variables.')
    if len(set(params)) != len(params):
        raise TypeError(f'Parameters to {name}[...] must all be unique')


class Generic:
    """Base class for generic classes: `class Stack(Generic[T])`, then Stack[int]."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            _generic_parameters(cls, params)
            return _GenericBase(cls, params)
        expected = vars(cls).get('__parameters__', ())
        if not expected:
            raise TypeError(f'{cls!r} is not a generic class')
        if len(params) != len(expected):
            word = 'many' if len(params) > len(expected) else 'few'
            raise TypeError(f'Too {word} arguments for {cls!r}; '
                            f'actual {len(params)}, expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = _pending_parameters[0]
        _pending_parameters[0] = None
        if params is None:
            # class Pair(Dict[K, V]) / class Sub(Stack[T]): the type variables
            # of the bases as written, in order.
            params = []
            for base in cls.__dict__.get('__orig_bases__', ()):
                if not isinstance(base, type):
                    for p in getattr(base, '__parameters__', ()):
                        if p not in params:
                            params.append(p)
        cls.__parameters__ = tuple(params)


# Names that never count as protocol members (bookkeeping, not interface).
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__match_args__', '__static_attributes__',
    '__firstlineno__', '__qualname__', '__parameters__', '__orig_bases__',
    '__orig_class__', '__type_params__', '__init_subclass__', '__protocol_attrs__',
    '_is_protocol', '_is_runtime_protocol', '__non_callable_proto_members__',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base is Protocol or base is Generic:
            continue
        for name in list(vars(base)) + list(vars(base).get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _SPECIAL_NAMES:
                attrs.add(name)
    return attrs


def _is_runtime_protocol_class(cls):
    if not vars(cls).get('_is_protocol', False):
        return False
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError('Instance and class checks can only be used with '
                        '@runtime_checkable protocols')
    return True


def _make_protocol_meta():
    """isinstance(obj, SomeProtocol) checks structure, which needs a metaclass;
    without metaclass support protocols are plain classes (nominal checks only)."""
    import abc

    class _ProtocolMeta(abc.ABCMeta):
        def __instancecheck__(cls, instance):
            if cls is Protocol or not _is_runtime_protocol_class(cls):
                return super().__instancecheck__(instance)
            if cls in type(instance).__mro__:
                return True   # (not via ABCMeta: that would ask __subclasscheck__)
            for attr in _protocol_attrs(cls):
                try:
                    value = getattr(instance, attr)
                except AttributeError:
                    return False
                if value is None and callable(getattr(cls, attr, None)):
                    return False   # a method explicitly set to None opts out
            return True

        def __subclasscheck__(cls, other):
            if cls is Protocol or not _is_runtime_protocol_class(cls):
                return super().__subclasscheck__(other)
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            attrs = _protocol_attrs(cls)
            data = sorted(a for a in attrs if not callable(getattr(cls, a, None)))
            if data:
                listed = ', '.join(repr(a) for a in data)
                raise TypeError("Protocols with non-method members don't support "
                                f'issubclass(). Non-method members: {listed}.')
            for attr in attrs:
                for base in other.__mro__:
                    if attr in vars(base):
                        if vars(base)[attr] is None:
                            return False
                        break
                else:
                    return False
            return True

    return _ProtocolMeta


try:
    _ProtocolMeta = _make_protocol_meta()
except Exception:
    _ProtocolMeta = type


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types. Subclasses naming Protocol directly are
    protocols and cannot be instantiated; classes deriving from them can.
    With @runtime_checkable, isinstance() checks that the members exist."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in vars(cls):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __new__(cls, *args, **kwargs):
        if vars(cls).get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return object.__new__(cls)


def runtime_checkable(cls):
    """Allow isinstance()/issubclass() against a protocol class."""
    if not vars(cls).get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def is_protocol(tp):
    return isinstance(tp, type) and vars(tp).get('_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp):
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(_protocol_attrs(tp))


# ---------------------------------------------------------------- NamedTuple, TypedDict

# They live in _typing_records (one idea per file); it imports what it needs
# from this module lazily, so the import cycle is harmless.
from _typing_records import NamedTuple, TypedDict, is_typeddict


# ---------------------------------------------------------------- NewType

class NewType:
    """UserId = NewType('UserId', int): calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- helpers and decorators

def cast(typ, val):
    """Tell a type checker val has type typ; at run time, return val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions outside a stub module should '
        'always be followed by an implementation that is not @overload-ed.')


def overload(func):
    """Record one signature of an overloaded function; the undecorated
    definition that follows replaces it."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """List[int] -> list, Optional[int] -> Union, Annotated[...] -> Annotated."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _BuiltinAlias is not None and isinstance(tp, _BuiltinAlias):
        return tp.__origin__
    if _BuiltinUnion is not None and isinstance(tp, _BuiltinUnion):
        return _BuiltinUnion
    return None


def get_args(tp):
    """Optional[int] -> (int, NoneType), Callable[[int], str] -> ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if _BuiltinAlias is not None and isinstance(tp, (_BuiltinAlias, _BuiltinUnion)):
        return tp.__args__
    return ()


import _typing_eval


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with strings (forward
    references, `from __future__ import annotations`) turned into objects."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = vars(base).get('__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                module = sys.modules.get(base.__module__)
                base_globals = vars(module) if module is not None else {}
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _resolve(value, base_globals, base_locals, include_extras)
        return hints
    if globalns is None:
        if hasattr(obj, '__globals__'):
            globalns = obj.__globals__
        elif hasattr(obj, '__dict__') and not callable(obj):
            globalns = vars(obj)   # a module
        else:
            globalns = {}
    if getattr(obj, '__no_type_check__', False):
        return {}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: _resolve(value, globalns, localns, include_extras)
            for name, value in ann.items()}


def _resolve(value, globalns, localns, include_extras):
    if value is None:
        value = _NoneType
    elif isinstance(value, str):
        value = _typing_eval.evaluate(value, globalns, localns or {})
    elif isinstance(value, ForwardRef):
        value = _typing_eval.evaluate(value.__forward_arg__, globalns, localns or {})
    value = _resolve_inner(value, globalns, localns)
    if not include_extras:
        value = _strip_annotated(value)
    return value


def _resolve_inner(value, globalns, localns):
    # Forward references nested in List['Node'] get resolved too.
    if isinstance(value, _GenericAlias) and not isinstance(value, _AnnotatedAlias):
        new = [_resolve_inner(_typing_eval.evaluate(a.__forward_arg__, globalns, localns or {})
                              if isinstance(a, ForwardRef) else a, globalns, localns)
               for a in value.__args__]
        if new != list(value.__args__):
            if isinstance(value, _UnionGenericAlias):
                return Union[tuple(new)]
            return value._copy_with(new)
    return value


def _strip_annotated(value):
    if isinstance(value, _AnnotatedAlias):
        return _strip_annotated(value.__origin__)
    return value
