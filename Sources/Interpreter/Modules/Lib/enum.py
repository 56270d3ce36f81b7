"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The metaclass EnumType turns the class body's plain attributes into
members: singletons holding a _name_ and a _value_, reachable by attribute,
by value (Color(1)) and by name (Color['RED']).

IntEnum, IntFlag and StrEnum members (and those of `class C(str, Enum)`) are
real int/str subclass instances made by the data type's __new__; EnumType
puts Enum's repr (and str/format, but for ReprEnum) back in front of the
data type's, as CPython's does.
"""

import sys
import builtins as _bltns
from types import MappingProxyType

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "property", "verify",
           "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM",
           "EJECT", "KEEP", "global_flag_repr", "global_enum_repr",
           "global_str", "global_enum", "EnumCheck", "CONTINUOUS",
           "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name",
           "pickle_by_enum_name", "show_flag_values", "EnumDict"]

# Filled in once the classes exist; EnumType needs to tell them apart while
# it is building them.
Enum = Flag = ReprEnum = None
_not_given = object()


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class _Deferred:
    """A value computed from auto()s in the class body (WHITE = RED | BLUE).
    CPython fills in auto() values while the body runs, through a custom
    namespace dict; here the namespace is a plain dict, so the arithmetic
    is recorded and replayed once the auto() values are known."""

    def _op(op):
        def method(self, other):
            if _known(self) and _known(other):
                return op(_resolve(self), _resolve(other))
            return _Expr(op, self, other)
        return method

    def _rop(op):
        def method(self, other):
            if _known(self) and _known(other):
                return op(_resolve(other), _resolve(self))
            return _Expr(op, other, self)
        return method

    __or__ = _op(lambda a, b: a | b)
    __ror__ = _rop(lambda a, b: a | b)
    __and__ = _op(lambda a, b: a & b)
    __rand__ = _rop(lambda a, b: a & b)
    __xor__ = _op(lambda a, b: a ^ b)
    __rxor__ = _rop(lambda a, b: a ^ b)
    __add__ = _op(lambda a, b: a + b)
    __radd__ = _rop(lambda a, b: a + b)
    __sub__ = _op(lambda a, b: a - b)
    __rsub__ = _rop(lambda a, b: a - b)
    __mul__ = _op(lambda a, b: a * b)
    __rmul__ = _rop(lambda a, b: a * b)


def _resolve(x):
    return x._resolve() if isinstance(x, _Deferred) else x


def _known(x):
    return not isinstance(x, auto) or x.value is not _auto_null


class _Expr(_Deferred):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def _resolve(self):
        return self.op(_resolve(self.left), _resolve(self.right))


class auto(_Deferred):
    """Stands for "the next value": the enum's _generate_next_value_ picks
    it (1, 2, 3... for Enum; powers of two for Flag; the lower-cased name
    for StrEnum)."""

    def _resolve(self):
        return self.value

    def __init__(self, value=_auto_null):
        self.value = value
        self._name = None
        if value is _auto_null:
            self._resolve_now()

    def _resolve_now(self):
        """In the class body `NAME = auto()`, compute the value right away,
        as CPython's enum namespace does on assignment: the body (and a
        debugger watching it) then sees NAME's real value."""
        try:
            frame = sys._getframe(2)
        except Exception:
            return
        ns = frame.f_locals
        gnv = ns.get("_generate_next_value_")
        if gnv is None or "__qualname__" not in ns:
            return
        import linecache
        line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
        head, eq, tail = line.partition("=")
        name = head.strip()
        if not eq or not name.isidentifier() or tail.strip() != "auto()":
            return
        values = [v for k, v in ns.items() if _is_member_candidate(frame.f_code.co_name, k, v)]
        last_values = [v.value if isinstance(v, auto) else v for v in values]
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        self.value = gnv(name, 1, len(values), last_values)
        self._name = name

    def __repr__(self):
        if self._name is not None:
            # Stands for its value from the moment the class body named it.
            return repr(self.value)
        return "auto(%r)" % (self.value,)


class member:
    """Forces a value (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """enum.property: how Enum exposes .name and .value. Read-only, with
    the error message CPython gives when assigning to them."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    # Built-in property/classmethod/staticmethod do not show __get__ on
    # their type in this interpreter, hence the explicit isinstance.
    if isinstance(obj, (_bltns.property, classmethod, staticmethod)):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_member_candidate(cls_name, key, value):
    if isinstance(value, nonmember):
        return False
    if isinstance(value, member):
        return True
    return not (_is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key)
                or _is_descriptor(value) or isinstance(value, type))


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bin(num, max_bits):
    """'0b0 1000': sign digit, a space, then the bits padded to max_bits
    (the form Flag's "invalid value" message uses)."""
    if num >= 0:
        digits = _bltns.bin(num)[2:]
        sign = "0b0"
    else:
        digits = _bltns.bin(~num)[2:].replace("0", "x").replace("1", "0").replace("x", "1")
        sign = "0b1"
    if digits == "0":
        digits = ""
    if len(digits) < max_bits:
        digits = sign[-1] * (max_bits - len(digits)) + digits
    return "%s %s" % (sign, digits)


def _caller_module():
    try:
        return sys._getframe(3).f_globals.get("__name__", "__main__")
    except Exception:
        return "__main__"


class EnumType(type):
    """Metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # An enum that already has members is final.
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base.__dict__.get("_member_names_"):
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        # CPython's namespace starts out holding the inherited
        # _generate_next_value_ (visible in the class body's locals).
        namespace = {}
        if bases and isinstance(bases[-1], EnumType):
            namespace["_generate_next_value_"] = getattr(bases[-1], "_generate_next_value_")
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.pop("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop("_order_", None)

        # Pick out the members: plain values, not functions/descriptors,
        # dunders, _sunders_, private names or nested classes.
        pending = []
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
            elif isinstance(value, member):
                pending.append((key, value.value))
                del classdict[key]
            elif _is_member_candidate(cls, key, value):
                pending.append((key, value))
                del classdict[key]

        own = set(classdict)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        setattr_ = type.__setattr__
        setattr_(enum_class, "_member_names_", [])
        setattr_(enum_class, "_member_map_", {})
        setattr_(enum_class, "_value2member_map_", {})
        setattr_(enum_class, "_unhashable_values_", [])
        member_type = _find_data_type(bases)
        setattr_(enum_class, "_member_type_", member_type)
        _fix_data_type_methods(enum_class, bases, own, member_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(enum_class, "_boundary_", None)
            setattr_(enum_class, "_boundary_", boundary)

        new_member = None
        for klass in enum_class.__mro__[:-1]:
            if "__new__" in klass.__dict__:
                new_member = enum_class.__new__
                break
        if new_member is None and member_type is not object:
            new_member = member_type.__new__
        gnv = None
        for klass in enum_class.__mro__:
            if "_generate_next_value_" in klass.__dict__:
                gnv = klass.__dict__["_generate_next_value_"]
                if isinstance(gnv, staticmethod):
                    gnv = gnv.__func__
                break

        last_values = []
        for count, (name, value) in enumerate(pending):
            if isinstance(value, auto):
                if value.value is _auto_null or (value._name not in (None, name)):
                    value.value = gnv(name, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, _Deferred):
                value = value._resolve()
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, member_type, new_member)

        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int) and _is_single_bit(m._value_):
                    mask |= m._value_
            all_bits = 2 ** mask.bit_length() - 1
            setattr_(enum_class, "_flag_mask_", mask)
            setattr_(enum_class, "_singles_mask_", mask)
            setattr_(enum_class, "_all_bits_", all_bits)
        return enum_class

    def _add_member_(enum_class, name, value, member_type, new_member):
        args = value if isinstance(value, tuple) else (value,)
        if new_member is not None:
            m = new_member(enum_class, *args)
        else:
            m = object.__new__(enum_class)
        if "_value_" not in m.__dict__:
            if member_type is object:
                m._value_ = value
            else:
                if member_type is str and not isinstance(args[0], str):
                    raise TypeError("%r is not a string" % (args[0],))
                m._value_ = member_type(*args)
        m._name_ = name
        m.__objclass__ = enum_class
        m._sort_order_ = len(enum_class._member_names_)
        m.__init__(*args)
        value = m._value_

        # A value seen before makes this name an alias of the first member.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        else:
            is_flag = Flag is not None and issubclass(enum_class, Flag)
            # Flag iterates only its single-bit members; multi-bit ones
            # (and 0) are named aliases.
            if not is_flag or (isinstance(value, int) and _is_single_bit(value)):
                enum_class._member_names_.append(name)
            try:
                enum_class._value2member_map_[value] = m
            except TypeError:
                enum_class._unhashable_values_.append(value)
        enum_class._member_map_[name] = m
        type.__setattr__(enum_class, name, m)

    def __call__(cls, value, names=_not_given, *values, module=None,
                 qualname=None, type=None, start=1, boundary=None):
        if names is _not_given:
            return _find_member(cls, value)
        if values:
            raise TypeError("%s() takes at most 2 positional arguments" % cls.__name__)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE CAT')."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        classdict["__module__"] = module if module is not None else _caller_module()
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_bltns.property
    def __members__(cls):
        """name -> member, aliases included, in definition order."""
        return MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


def _find_data_type(bases):
    """The built-in type members are instances of (int for IntEnum, str for
    `class Color(str, Enum)`), else object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base.__dict__.get("_member_type_", object) is not object:
                    return base._member_type_
                continue
            return base
    return object


def _defining_class(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _data_hash(self):
    return hash(self._value_)


def _fix_data_type_methods(enum_class, bases, own, member_type):
    """With a data type mixed in, its repr/str/format would come before
    Enum's in the MRO: put the enum's back, as CPython's EnumType does
    (ReprEnum keeps the data type's str() and format())."""
    if member_type is object:
        return
    setattr_ = type.__setattr__
    if "__hash__" not in own:
        setattr_(enum_class, "__hash__", _data_hash)
    if ReprEnum is not None and ReprEnum in bases:
        for name in ("__str__", "__format__"):
            if name not in own:
                setattr_(enum_class, name, ReprEnum.__dict__[name])
                own.add(name)
    first_enum = bases[-1] if isinstance(bases[-1], EnumType) else Enum
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name not in own:
            owner = _defining_class(enum_class, name)
            if owner is None or not isinstance(owner, EnumType):
                setattr_(enum_class, name, getattr(first_enum, name))
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                     "__rxor__", "__invert__"):
            if name not in own:
                setattr_(enum_class, name, Flag.__dict__[name])


def _find_member(cls, value):
    """Color(1): the member with that value, else whatever _missing_ makes
    of it, else CPython's ValueError."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError("error in %s._missing_: returned %r instead of None "
                        "or a valid member" % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    """

    _member_type_ = object

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for klass in type(self).__mro__:
            if klass is Enum:
                break
            names.extend(k for k in klass.__dict__
                         if not k.startswith("_") and k not in self._member_map_)
        names.extend(k for k in self.__dict__ if not k.startswith("_"))
        return sorted(set(names))

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Members keep Enum's repr() but str() and format() of their value."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


_NOPE = object()


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with a value that has bits no member defines."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_value(self, other):
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is int and isinstance(other, int):
        return other
    return _NOPE


class Flag(Enum, boundary=STRICT):
    """Members combine with | & ^ ~ into new flag values."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = last.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % (last,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        """Build (and cache) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:     # KEEP, past the flag's bits
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:           # within them: ~F.A of a two-bit flag is F.B
            value = all_bits + 1 + value
        found = cls._value2member_map_.get(value)
        if found is not None:
            return found
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        unknown = value & ~flag_mask
        if unknown and names:  # bits alone that no member names: no name at all
            names.append(repr(unknown))
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = "|".join(names) if value and names else None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __or__(self, other):
        o = _flag_value(self, other)
        return NotImplemented if o is _NOPE else self.__class__(self._value_ | o)

    def __and__(self, other):
        o = _flag_value(self, other)
        return NotImplemented if o is _NOPE else self.__class__(self._value_ & o)

    def __xor__(self, other):
        o = _flag_value(self, other)
        return NotImplemented if o is _NOPE else self.__class__(self._value_ ^ o)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


# Flag was still None while EnumType built Flag itself.
Flag._boundary_ = STRICT
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def unique(enumeration):
    """Class decorator: refuse aliases (two names for one value)."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Constraints verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high) if v not in values]
                if missing:
                    raise ValueError("invalid enum %r: missing values %s"
                                     % (cls_name, ", ".join(str(v) for v in missing)))
        return enumeration


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]


def global_enum_repr(self):
    return "%s.%s" % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return "|".join("%s.%s" % (module, n) for n in self._name_.split("|"))


def global_str(self):
    return self._name_ if self._name_ is not None else "%s(%r)" % (
        self.__class__.__name__, self._value_)


def global_enum(cls, update_str=False):
    """Decorator: members repr as module.NAME and are put in the module's
    namespace."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str:
        cls.__str__ = global_str
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, m in cls.__members__.items():
            setattr(module, name, m)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


EnumDict = dict
