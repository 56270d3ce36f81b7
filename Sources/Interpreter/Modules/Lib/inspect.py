"""Get useful information from live Python objects: type predicates,
getmembers, signature/Signature/Parameter, getclosurevars, getsource and
getdoc, frames (currentframe/stack) and unwrap.

Source text comes from linecache, which hands out the lines the
interpreter already read; nothing here opens a file.
"""

import sys
import types
import linecache
import enum
from collections import namedtuple, OrderedDict

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
           "isgenerator", "iscoroutinefunction", "iscoroutine", "isbuiltin",
           "isroutine", "isabstract", "iscode", "isframe", "istraceback",
           "ismethoddescriptor", "isdatadescriptor", "getmembers", "getmro",
           "getdoc", "cleandoc", "getsource", "getsourcelines", "getfile",
           "getsourcefile", "getmodule", "getclosurevars", "ClosureVars",
           "signature", "Signature", "Parameter", "BoundArguments",
           "getfullargspec", "FullArgSpec", "currentframe", "stack",
           "getframeinfo", "FrameInfo", "Traceback", "unwrap",
           "get_annotations", "formatannotation", "getcallargs"]

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x10, 0x20, 0x100, 0x200


def _sample():
    pass


class _Sample:
    def method(self):
        pass


_FunctionType = type(_sample)
_BuiltinType = type(len)
_MethodType = type(_Sample().method)
_ModuleType = type(sys)


# ---------------------------------------------------------------- predicates

def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return type(object).__name__ == "generator"


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The generator's local variables (empty once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def iscoroutine(object):
    return type(object).__name__ == "coroutine"


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), "__await__")


def isbuiltin(object):
    return isinstance(object, _BuiltinType)


def iscode(object):
    return type(object).__name__ == "code"


def isframe(object):
    return type(object).__name__ == "frame"


def istraceback(object):
    return type(object).__name__ == "traceback"


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__") \
        or isinstance(object, (classmethod, staticmethod))


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """All (name, value) pairs of dir(object), sorted by name."""
    results = []
    names = dir(object)
    if isclass(object):
        # Class attributes that live on the metaclass are not in dir().
        for base in object.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    seen = set()
    for key in names:
        if key in seen:
            continue
        seen.add(key)
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isclass(obj) or ismodule(obj) or callable(obj):
            return {}
        raise TypeError("%r is not a module, class, or callable." % (obj,))
    return dict(ann)


# ---------------------------------------------------------------- unwrap

def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain functools.wraps leaves behind."""
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit()
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(f))
        seen.add(id(func))
    return func


def _unwrap_partial(func):
    while type(func).__name__ == "partial" and hasattr(func, "func"):
        func = func.func
    return func


# ---------------------------------------------------------------- docs

def cleandoc(doc):
    """Remove the indentation docstrings carry from their source, and the
    blank lines at either end."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip(" "))
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip(" ")
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get("__doc__")
                if doc is not None:
                    return doc
        return None
    name = getattr(obj, "__name__", None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        qual = obj.__qualname__.split(".")
        if len(qual) > 1 and "<locals>" not in qual:
            module = sys.modules.get(obj.__module__)
            owner = module
            for part in qual[:-1]:
                owner = getattr(owner, part, None)
    elif isinstance(obj, property):
        name = getattr(obj.fget, "__name__", None)
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:] if isclass(owner) else ():
        if name in base.__dict__:
            doc = getattr(base.__dict__[name], "__doc__", None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """The docstring, cleaned up; inherited from a base class when the
    object itself has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------- source

def _code_of(object):
    """The code object behind a function, method, frame, traceback, code."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = unwrap(object)
        return object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        return object.f_code
    if iscode(object):
        return object
    return None


def getfile(object):
    if ismodule(object):
        file = getattr(object, "__file__", None)
        if file:
            return file
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        file = getattr(module, "__file__", None)
        if file:
            return file
        raise TypeError("{!r} is a built-in class".format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    return getfile(object)


def _file_lines(object):
    file = getfile(object)
    lines = linecache.getlines(file)
    if not lines and not isclass(object) and not ismodule(object):
        module = getmodule(object)
        alt = getattr(module, "__file__", None)
        if alt:
            lines = linecache.getlines(alt)
    if not lines:
        raise OSError("could not get source code")
    return lines


class _Scanner:
    """Just enough of a tokenizer to know, line by line, whether a line
    begins inside a string or brackets (then its indentation means
    nothing), and where a statement ends."""

    def __init__(self):
        self.depth = 0
        self.quote = None   # the open string's delimiter, if any

    def feed(self, line):
        i, n = 0, len(line)
        while i < n:
            if self.quote:
                if line[i] == "\\":
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            c = line[i]
            if c == "#":
                break
            if c in "\"'":
                q = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                self.quote = q
                i += len(q)
                continue
            if c in "([{":
                self.depth += 1
            elif c in ")]}":
                self.depth = max(0, self.depth - 1)
            i += 1
        if self.quote in ('"', "'"):
            # A one-quote string cannot span lines (unless continued).
            if not line.rstrip("\n").endswith("\\"):
                self.quote = None

    @property
    def inside(self):
        return self.depth > 0 or self.quote is not None


def _indent(line):
    return len(line) - len(line.lstrip(" \t"))


def _block(lines, start, one_statement=False):
    """The lines of the def/class (decorators included) starting at
    index `start`: its header, then every line more indented than it."""
    base = _indent(lines[start])
    scanner = _Scanner()
    end = start
    in_header, def_seen = True, False
    for i in range(start, len(lines)):
        line = lines[i]
        stripped = line.strip()
        code_line = bool(stripped) and not stripped.startswith("#")
        if not in_header and not scanner.inside and code_line and _indent(line) <= base:
            break
        starts_def = not scanner.inside and stripped.startswith(("def ", "class ", "async def "))
        was_inside = scanner.inside
        scanner.feed(line)
        if code_line or was_inside:
            end = i
        if one_statement and not scanner.inside and not line.rstrip("\n").endswith("\\"):
            break
        def_seen = def_seen or starts_def
        if in_header and def_seen and not scanner.inside:
            in_header = False
    return lines[start:end + 1]


def getsourcelines(object):
    """(list of source lines, first line number) of a module, class,
    method, function, traceback, frame or code object."""
    object = unwrap(object) if isfunction(object) else object
    lines = _file_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        first = getattr(object, "__firstlineno__", None)
        if first is None:
            raise OSError("could not find class definition")
        return _block(lines, first - 1), first
    code = _code_of(object)
    if code is None:
        raise TypeError("module, class, method, function, traceback, frame, or "
                        "code object was expected, got {}".format(type(object).__name__))
    first = code.co_firstlineno
    if first < 1 or first > len(lines):
        raise OSError("could not get source code")
    if code.co_name == "<module>":
        return lines, 0
    lambda_only = code.co_name == "<lambda>"
    return _block(lines, first - 1, one_statement=lambda_only), first


def getsource(object):
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    try:
        lines, lnum = getsourcelines(object)
        all_lines = _file_lines(object)
    except (OSError, TypeError):
        return None
    i = lnum - 2
    comments = []
    while i >= 0 and all_lines[i].lstrip().startswith("#"):
        comments.insert(0, all_lines[i].lstrip())
        i -= 1
    return "".join(comments) if comments else None


def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# ---------------------------------------------------------------- closures

ClosureVars = namedtuple("ClosureVars", "nonlocals globals builtins unbound")

_KEYWORDS = frozenset((
    "False None True and as assert async await break class continue def del "
    "elif else except finally for from global if import in is lambda nonlocal "
    "not or pass raise return try while with yield").split())


def _scan_names(text):
    """Names read in `text` that are not attributes (x.NAME) or keyword
    arguments (f(NAME=...)), in order of first appearance."""
    names = []
    i, n = 0, len(text)
    prev = ""
    while i < n:
        c = text[i]
        if c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            if j < n and text[j] in "\"'" and word.lower() in ("f", "r", "b", "u", "rb", "br", "fr", "rf"):
                i = j
                prev = "f" if "f" in word.lower() else "s"
                continue
            k = j
            while k < n and text[k] in " \t":
                k += 1
            is_kwarg = k < n and text[k] == "=" and text[k + 1:k + 2] != "="
            if prev != "." and not is_kwarg and word not in _KEYWORDS and word not in names:
                names.append(word)
            prev = "w"
            i = j
            continue
        if c in "\"'":
            fstring = prev == "f"
            q = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(q)
            body_start = j
            while j < n and not text.startswith(q, j):
                j += 2 if text[j] == "\\" else 1
            if fstring:
                body = text[body_start:j]
                for part in body.replace("{{", "").split("{")[1:]:
                    for name in _scan_names(part.split("}")[0].split("!")[0].split(":")[0]):
                        if name not in names:
                            names.append(name)
            i = j + len(q)
            prev = "s"
            continue
        if not c.isspace():
            prev = c
        i += 1
    return names


def _body_text(func):
    """The function's source after its header (decorators, name,
    parameters and annotations are evaluated outside its code)."""
    try:
        lines, _ = getsourcelines(func)
    except (OSError, TypeError):
        return None
    text = "".join(lines)
    if func.__code__.co_name == "<lambda>":
        start = text.find("lambda")
        colon = text.find(":", start)
        return text[colon + 1:] if start >= 0 and colon >= 0 else text
    start = text.find("def ")
    depth = 0
    i = start
    while 0 <= i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ":" and depth == 0:
            return text[i + 1:]
        i += 1
    return text


def getclosurevars(func):
    """Map the names a function uses to their current values: closure
    variables (nonlocals), module globals, builtins, and names it uses that
    are bound nowhere (unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtins_ns = global_ns.get("__builtins__", None)
    if ismodule(builtins_ns):
        builtins_ns = builtins_ns.__dict__
    if not isinstance(builtins_ns, dict):
        import builtins
        builtins_ns = vars(builtins)
    # co_names is where CPython finds the global names; this interpreter
    # lists only attribute names there, so the body's source fills the gap.
    local = set(code.co_varnames) | set(code.co_freevars) | set(getattr(code, "co_cellvars", ()))
    candidates = []
    body = _body_text(func)
    if body is not None:
        candidates = [n for n in _scan_names(body) if n not in local]
    for name in code.co_names:
        if name not in candidates:
            candidates.append(name)
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in candidates:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtins_ns:
            builtin_vars[name] = builtins_ns[name]
        elif name in code.co_names:
            unbound.add(name)
        elif body is not None:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---------------------------------------------------------------- frames

FrameInfo = namedtuple("FrameInfo", "frame filename lineno function code_context index")
Traceback = namedtuple("Traceback", "filename lineno function code_context index")


def currentframe():
    """The caller's frame object."""
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    if context > 0:
        line = linecache.getline(filename, lineno)
        lines, index = ([line], 0) if line else (None, None)
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    frames = []
    while frame is not None:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return frames


def stack(context=1):
    """FrameInfo records for the caller's frame and every frame above it."""
    return getouterframes(sys._getframe(1), context)


from _inspect_signature import (Parameter, Signature, BoundArguments, signature,
                               formatannotation, getfullargspec, FullArgSpec,
                               getcallargs, _empty, _ParameterKind)
