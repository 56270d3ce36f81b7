"""Names for the interpreter's built-in types (FunctionType, GeneratorType...),
taken from sample values, plus SimpleNamespace, MappingProxyType, MethodType
and the dynamic class helpers (new_class...)."""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "GeneratorType",
           "ModuleType", "MappingProxyType", "SimpleNamespace", "NoneType",
           "EllipsisType", "NotImplementedType", "CellType", "TracebackType",
           "FrameType", "WrapperDescriptorType", "MethodWrapperType",
           "MethodDescriptorType", "ClassMethodDescriptorType",
           "GetSetDescriptorType", "MemberDescriptorType", "new_class",
           "resolve_bases", "prepare_class", "get_original_bases"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])


def _cell_type():
    x = 1
    return type((lambda: x).__closure__[0])


try:
    CellType = _cell_type()
except Exception:
    pass

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    try:
        FrameType = type(_exc.__traceback__.tb_frame)
    except AttributeError:
        pass
    del _exc

try:
    GetSetDescriptorType = type(FunctionType.__dict__["__code__"])
    MemberDescriptorType = type(FunctionType.__dict__["__globals__"])
except (KeyError, AttributeError):
    pass

try:
    _alias = type(list[int])
    if _alias is not type:
        GenericAlias = _alias
    _union = type(int | str)
    if _union is not type:
        UnionType = _union
except TypeError:
    pass


################################################################################
# MethodType: the real bound-method type when it can be called directly
################################################################################

class _BoundMethod:
    """Stand-in for the method type when the interpreter cannot build one
    from (function, object): calling it calls function(object, ...)."""

    __slots__ = ("__func__", "__self__")
    __module__ = "builtins"  # stands in for the built-in type

    def __init__(self, func, obj, /):
        if not callable(func):
            raise TypeError("first argument must be callable")
        if obj is None:
            raise TypeError("instance must not be None")
        object.__setattr__(self, "__func__", func)
        object.__setattr__(self, "__self__", obj)

    def __call__(self, /, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __eq__(self, other):
        if not isinstance(other, _BoundMethod):
            return NotImplemented
        return self.__func__ == other.__func__ and self.__self__ is other.__self__

    def __hash__(self):
        return hash((self.__func__, id(self.__self__)))

    def __repr__(self):
        name = getattr(self.__func__, "__qualname__", "?")
        return f"<bound method {name} of {self.__self__!r}>"


_BoundMethod.__name__ = _BoundMethod.__qualname__ = "method"

MethodType = type(_C()._m)
try:
    MethodType(_f, _C())
except TypeError:
    MethodType = _BoundMethod


################################################################################
# MappingProxyType: a read-only view of a mapping
################################################################################

class _MappingProxy:
    """Read-only view of a mapping: reads go through, writes are
    TypeErrors, and changes to the underlying mapping show up."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    __slots__ = ("_mapping",)
    __hash__ = None
    __module__ = "builtins"  # stands in for the built-in type

    def __init__(self, mapping):
        if not (hasattr(type(mapping), "__getitem__") and hasattr(mapping, "keys")) \
                or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not "
                            f"{type(mapping).__name__}")
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __ior__(self, other):
        raise TypeError(f"'|=' is not supported by {type(self).__name__}; use '|' instead")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"


_MappingProxy.__name__ = _MappingProxy.__qualname__ = "mappingproxy"

MappingProxyType = type(type.__dict__)
if MappingProxyType is dict:  # the interpreter has no read-only proxy
    MappingProxyType = _MappingProxy


################################################################################
# SimpleNamespace
################################################################################

class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; repr namespace(a=1, b=2), equal when the attributes are."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            if not isinstance(key, str):
                raise TypeError("keywords must be strings")
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __getattr__(self, name):
        # Only reached for a missing attribute; CPython names its C type
        # with the module.
        cls = type(self)
        shown = "types.SimpleNamespace" if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"'{shown}' object has no attribute '{name}'")

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({inner})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __replace__(self, /, **changes):
        result = type(self)(**self.__dict__)
        result.__dict__.update(changes)
        return result


################################################################################
# Building classes dynamically
################################################################################

def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            new_bases.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(entries)
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # The most derived metaclass among meta and the bases' metaclasses.
        for base in bases:
            base_meta = type(base)
            if issubclass(base_meta, meta):
                meta = base_meta
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(ns) fills in
    the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    # type() called here would name this module, as CPython's does.
    ns.setdefault("__module__", __name__)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """The bases as written in the class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


del sys, _f, _g, _C, _cell_type
