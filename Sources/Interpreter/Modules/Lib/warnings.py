"""Warning control: warn(), the filter list and catch_warnings, as CPython 3.13.

A warning is matched against `filters` (first match wins, else
`defaultaction`), then shown on sys.stderr as
`FILE:LINE: Category: message` followed by the stripped source line, or
raised ("error"), or remembered in the caller's `__warningregistry__` so
that "default" shows it once per place, as CPython's C `_warnings` does.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings",
           "deprecated"]

# CPython's defaults for a release build without -W: deprecations are shown
# only when the program's own __main__ code triggers them.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_registries = {}
_filters_version = 1

_ACTIONS = ("error", "ignore", "always", "all", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for one warning."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = showwarning


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _showwarnmsg_impl(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _showwarnmsg(msg):
    # A replaced showwarning() is honoured, as in CPython.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    _check_action(action)
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # The default filters hold plain strings (compared whole), user filters
    # compiled patterns (matched at the start), as in CPython.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _is_library_frame(frame):
    return frame.f_code.co_filename.startswith("<frozen")


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(stacklevel).__name__)
    try:
        frame = sys._getframe(1)
        for _ in range(stacklevel - 1):
            frame = frame.f_back
            if frame is None:
                break
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get('__name__', "<string>") if isinstance(globals_, dict) else "<string>"
    # f_globals is a snapshot here, so each module's registry is kept by name.
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings: the place is given, not looked up."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action in ("always", "all"):
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings(object):
    """Saves the filters and showwarning() on entry and restores them on
    exit; with record=True, warnings are appended to the list `with` gives."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


class deprecated:
    """`@deprecated("msg")`: using the class or calling the function warns."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(
                f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                if cls.__init__ is object.__init__ and (args or kwargs):
                    raise TypeError(f"{cls.__name__}() takes no arguments")
                return original_new(cls)

            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError(
            "@deprecated decorator with non-None category must be applied to "
            f"a class or callable, not {arg!r}")


def _warn_from_library(message, category=DeprecationWarning):
    """For this project's Python modules standing in for CPython's C ones:
    the warning is charged to the first frame outside the library, the
    place CPython's C code would name."""
    frame = sys._getframe(1)
    level = 2
    while frame is not None and _is_library_frame(frame):
        frame = frame.f_back
        level += 1
    warn(message, category, stacklevel=level)
