"""Abstract Base Classes (ABCs), PEP 3119.

ABCMeta does two jobs:
- it refuses to instantiate a class that still has abstract methods
  (CPython does that check in object.__new__; we do it in __call__);
- it makes isinstance()/issubclass() consult a registry of "virtual
  subclasses" and the class's __subclasshook__, so that a class can count as
  a subclass without inheriting from the ABC.
"""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method as abstract: a class whose metaclass is ABCMeta cannot
    be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated spellings. CPython makes them subclasses of
# classmethod/staticmethod/property; the interpreter cannot subclass those,
# so they are functions building the plain descriptor around an abstract
# function (the abstractness is found through __func__ / fget below).
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    """True for anything marked by abstractmethod, including when wrapped in
    classmethod/staticmethod/property (which the interpreter does not make
    forward __isabstractmethod__ the way CPython does)."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if getattr(part, "__isabstractmethod__", False):
                return True
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    # An abstract name inherited from a base stays abstract until some class
    # along the MRO defines it concretely.
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = None
            for klass in cls.__mro__:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


# Bumped by every register() call, like CPython's cache token.
_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, so
        this can be used as a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __call__(cls, *args, **kwargs):
        missing = cls.__dict__.get("__abstractmethods__")
        if missing is None:
            missing = getattr(cls, "__abstractmethods__", ())
        if missing:
            # object.__new__ complains about stray arguments first.
            if (args or kwargs) and cls.__init__ is object.__init__ \
                    and cls.__new__ is object.__new__:
                raise TypeError(f"{cls.__name__}() takes no arguments")
            names = sorted(missing)
            plural = "s" if len(names) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} without an "
                f"implementation for abstract method{plural} "
                + ", ".join(repr(n) for n in names))
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        klass = getattr(instance, "__class__", None)
        if klass is None:
            klass = type(instance)
        if klass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is klass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter
                    and klass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        # Answers are cached (as CPython does), so __subclasshook__ runs
        # once per class; register() invalidates the negative answers.
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls._compute_subclasscheck(subclass)
        (cls._abc_cache if ok else cls._abc_negative_cache).add(subclass)
        return ok

    def _compute_subclasscheck(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if registered is subclass or issubclass(subclass, registered):
                return True
        # A subclass of an ABC's subclass (real or registered) counts too.
        for child in cls.__subclasses__():
            if child is not cls and issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute __abstractmethods__ after methods were added to or removed
    from an ABC after its creation (e.g. by a class decorator)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from ABC instead of writing metaclass=ABCMeta."""
    __slots__ = ()
