"""inspect.signature and its classes: Parameter, Signature, BoundArguments
(re-exported by inspect; kept apart so inspect.py stays one idea long).
"""

# These classes report themselves as inspect.X, as in CPython.
__name__ = "inspect"

import sys
import enum
from collections import namedtuple, OrderedDict
from types import MappingProxyType

CO_VARARGS, CO_VARKEYWORDS = 0x4, 0x8


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = "positional-only"
    POSITIONAL_OR_KEYWORD = "positional or keyword"
    VAR_POSITIONAL = "variadic positional"
    KEYWORD_ONLY = "keyword-only"
    VAR_KEYWORD = "variadic keyword"

    def __new__(cls, description):
        # The value is the definition order; the string is the description.
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            try:
                kind = _ParameterKind(kind)
            except ValueError:
                raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = " = " if self._annotation is not _empty else "="
            text = "{}{}{!r}".format(text, sep, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which value goes to which parameter."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(k, v) for k, v in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            last_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                if __validate_parameters__:
                    if kind < last_kind:
                        raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                         .format(last_kind.description, kind.description))
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty and seen_default:
                            raise ValueError("non-default argument follows default argument")
                        seen_default = seen_default or param.default is not _empty
                    if param.name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(param.name))
                last_kind = kind
                params[param.name] = param
        self._parameters = MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.items()) == list(other.parameters.items()))

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        i = 0
        ran_out = True
        # Positional arguments fill the positional parameters in order.
        for pos, value in enumerate(args):
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            param = params[i]
            i += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[pos:])
                ran_out = False
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {!r}".format(param.name))
            arguments[param.name] = value
        # CPython names the kind only of the first parameter left unfilled
        # once the positional arguments run out.
        posonly_as_keyword = []
        while ran_out and i < len(params):
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                i += 1
                break
            if param.name in kwargs and param.kind == _POSITIONAL_ONLY:
                posonly_as_keyword.append(param.name)
                i += 1
                continue
            if (param.name in kwargs or param.kind == _VAR_KEYWORD
                    or param.default is not _empty or partial):
                break
            what = " keyword-only" if param.kind == _KEYWORD_ONLY else ""
            raise TypeError("missing a required{} argument: {!r}".format(what, param.name))
        # The rest come from keywords or their defaults.
        varkw = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{!r} parameter is positional only, but was passed as a keyword"
                                    .format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}".format(param.name))
        if kwargs:
            if varkw is not None:
                arguments[varkw.name] = kwargs
            elif posonly_as_keyword:
                raise TypeError("got some positional-only arguments passed as keyword arguments: "
                                + ", ".join(repr(n) for n in posonly_as_keyword))
            else:
                raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def format(self, *, max_width=None):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append("/")
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append("*")
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self._return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self._return_annotation))
        return text

    def __str__(self):
        return self.format()

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)


def _function_signature(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = getattr(code, "co_posonlyargcount", 0)
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = dict(getattr(func, "__annotations__", None) or {})
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(pos_count, pos_count + kwonly_count):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        params = _drop_first(params)
    return Signature(params, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _drop_first(params):
    """A bound method's signature: the first positional parameter is
    taken (by self/cls); *args stays."""
    if params and params[0].kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
        return params[1:]
    if params and params[0].kind == _VAR_POSITIONAL:
        return params
    raise ValueError("invalid method signature")


def _partial_signature(sig, partial):
    params = list(sig.parameters.values())
    args = partial.args
    keywords = partial.keywords
    out = []
    used = 0
    for param in params:
        if used < len(args) and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            used += 1
            continue
        if param.name in keywords and param.kind != _POSITIONAL_ONLY:
            # Bound by keyword: it becomes keyword-only with a new default.
            out.append(param.replace(kind=_KEYWORD_ONLY, default=keywords[param.name]))
            continue
        if param.kind == _POSITIONAL_OR_KEYWORD and any(p.kind == _KEYWORD_ONLY for p in out):
            param = param.replace(kind=_KEYWORD_ONLY)
        out.append(param)
    return Signature(out, return_annotation=sig.return_annotation, __validate_parameters__=False)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a Signature object for the passed callable."""
    return _signature_of(obj, follow_wrapped)


def _signature_of(obj, follow_wrapped=True, skip_first=False):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if type(obj).__name__ == "method":
        sig = _signature_of(obj.__func__, follow_wrapped)
        return sig.replace(parameters=_drop_first(list(sig.parameters.values())))
    if follow_wrapped:
        while hasattr(obj, "__wrapped__") and not hasattr(obj, "__signature__"):
            obj = obj.__wrapped__
            if type(obj).__name__ == "method":
                return _signature_of(obj, follow_wrapped)
    sig = getattr(obj, "__signature__", None)
    if sig is not None and not isinstance(obj, type):
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if type(obj).__name__ == "function":
        return _function_signature(obj, skip_first)
    if type(obj).__name__ == "partial":
        return _partial_signature(_signature_of(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        # A class: its __init__ (or __new__) minus the first parameter.
        for klass in obj.__mro__:
            if "__init__" in klass.__dict__ and klass is not object:
                return _signature_of(klass.__dict__["__init__"], follow_wrapped, True)
            if "__new__" in klass.__dict__ and klass is not object:
                new = klass.__dict__["__new__"]
                new = getattr(new, "__func__", new)
                return _signature_of(new, follow_wrapped, True)
        if obj.__mro__[-1] is object and all(k.__module__ != "builtins" for k in obj.__mro__[:-1]):
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if type(obj).__name__ == "builtin_function_or_method":
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and type(call).__name__ == "function":
        return _function_signature(call, True)
    raise ValueError("callable {!r} is not supported by signature".format(obj))


FullArgSpec = namedtuple("FullArgSpec",
                         "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    try:
        sig = _signature_of(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonly = [], []
    varargs = varkw = None
    defaults, kwdefaults = [], {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    bound = signature(func).bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)
