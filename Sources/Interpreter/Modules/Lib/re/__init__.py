"""Regular expressions for scopewalk, written in Python.

A pattern is parsed (re._parser), compiled to a flat program (re._compiler) and run
by a backtracking machine with an explicit stack (re._matcher). This module holds
the public API: flags, the compile cache, Pattern and Match.
"""

from re._parser import (PatternError, parse, FLAG_I, FLAG_L, FLAG_M, FLAG_S, FLAG_U,
                        FLAG_X, FLAG_A, FLAG_DEBUG, FLAG_TEMPLATE)
from re._compiler import compile_tree
from re._matcher import run as _run
from re._charset import find_first as _find_first, scan as _scan
from re._template import parse_template as _parse_template, expand as _expand

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']

__version__ = '2.2.1'

error = PatternError
_MAXSIZE = 9223372036854775807

# Flag names in the order enum lists them in a combined repr.
_FLAG_ORDER = [('ASCII', FLAG_A), ('IGNORECASE', FLAG_I), ('LOCALE', FLAG_L),
               ('UNICODE', FLAG_U), ('MULTILINE', FLAG_M), ('DOTALL', FLAG_S),
               ('VERBOSE', FLAG_X), ('DEBUG', FLAG_DEBUG)]


class RegexFlag:
    """The re flag constants (an IntFlag in CPython; here a small int wrapper)."""

    def __init__(self, value=0):
        self._value_ = _flag_int(value)

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        r = self._names()
        return None if r is None else r

    def _names(self):
        v = self._value_
        if v == 0:
            return 'NOFLAG'
        parts = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                parts.append(name)
                v &= ~bit
        if v:
            return None
        return '|'.join(parts)

    def __repr__(self):
        v = self._value_
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            return self._value_ == other._value_
        if isinstance(other, int):
            return self._value_ == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __bool__(self):
        return self._value_ != 0

    def __or__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ | _flag_int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ & _flag_int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ ^ _flag_int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self._value_ & 0x1FF)

    def __contains__(self, other):
        b = _flag_int(other)
        return self._value_ & b == b


def _flag_int(flags):
    if isinstance(flags, RegexFlag):
        return flags._value_
    if isinstance(flags, bool) or not isinstance(flags, int):
        if isinstance(flags, bool):
            return int(flags)
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    return flags


A = ASCII = RegexFlag(FLAG_A)
I = IGNORECASE = RegexFlag(FLAG_I)
L = LOCALE = RegexFlag(FLAG_L)
U = UNICODE = RegexFlag(FLAG_U)
M = MULTILINE = RegexFlag(FLAG_M)
S = DOTALL = RegexFlag(FLAG_S)
X = VERBOSE = RegexFlag(FLAG_X)
DEBUG = RegexFlag(FLAG_DEBUG)
NOFLAG = RegexFlag(0)

# Pattern reprs list flags in the C module's order and omit the implied UNICODE.
_REPR_ORDER = [('TEMPLATE', FLAG_TEMPLATE), ('IGNORECASE', FLAG_I), ('LOCALE', FLAG_L),
               ('MULTILINE', FLAG_M), ('DOTALL', FLAG_S), ('UNICODE', FLAG_U),
               ('VERBOSE', FLAG_X), ('DEBUG', FLAG_DEBUG), ('ASCII', FLAG_A)]


class _GroupIndex:
    """Read-only view of name -> group number (a mappingproxy in CPython)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            return self._d == other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


def _ssize(n):
    """Argument Clinic's Py_ssize_t converter, as split's maxsplit and sub's count."""
    if not isinstance(n, int):
        if not hasattr(type(n), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        n = type(n).__index__(n)
    if not -2**63 <= n < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _check_string(pattern, string):
    if isinstance(string, str):
        return string
    if isinstance(string, bytes) or type(string).__name__ in ('bytearray', 'memoryview'):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression (what re.compile returns)."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(self, pattern, flags, prog, ngroups, names):
        self.pattern = pattern
        self.flags = flags
        self.groups = ngroups
        self._names = names
        self._prog = prog
        self._group_names = {v: k for k, v in names.items()}

    @property
    def groupindex(self):
        return _GroupIndex(dict(self._names))

    # ---- the search loop ---------------------------------------------------
    def _search(self, s, pos, end, noempty):
        """Captures of the first match starting at pos or later, or None."""
        prog = self._prog
        if pos > end:
            return None
        if prog.anchored:
            return _run(prog, s, pos, end, False, noempty)
        prefix = prog.prefix
        if prefix:
            while True:
                pos = s.find(prefix, pos, end)
                if pos < 0:
                    return None
                caps = _run(prog, s, pos, end, False, noempty)
                if caps is not None:
                    return caps
                pos += 1
                noempty = False
        first = prog.first
        if first is not None:
            kind, arg = first
            skip = prog.skip
            while True:
                pos = _find_first(s, pos, end, kind, arg)
                if pos < 0:
                    return None
                caps = _run(prog, s, pos, end, False, noempty)
                if caps is not None:
                    return caps
                if skip is not None and not noempty:
                    pos = _scan(s, pos, end, skip[0], skip[1])
                else:
                    pos += 1
                noempty = False
        while pos <= end:
            caps = _run(prog, s, pos, end, False, noempty)
            if caps is not None:
                return caps
            pos += 1
            noempty = False
        return None

    def _iter(self, s, pos, end):
        """Captures of successive non-overlapping matches (CPython's empty-match rules)."""
        noempty = False
        while pos <= end:
            caps = self._search(s, pos, end, noempty)
            if caps is None:
                return
            yield caps
            pos = caps[1]
            noempty = caps[0] == caps[1]

    # ---- public methods ---------------------------------------------------
    # match, fullmatch and search take the common call (an exact str, bounds
    # within it) without the helper calls: they were most of a short match's time.
    def match(self, string, pos=0, endpos=_MAXSIZE):
        s = string if type(string) is str else _check_string(self.pattern, string)
        end = len(s)
        if pos != 0 or endpos < end:
            pos, end = _bounds(s, pos, endpos)
            if pos > end:
                return None
        caps = _run(self._prog, s, pos, end, False, False)
        return None if caps is None else Match(self, s, caps, pos, end)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        s = string if type(string) is str else _check_string(self.pattern, string)
        end = len(s)
        if pos != 0 or endpos < end:
            pos, end = _bounds(s, pos, endpos)
            if pos > end:
                return None
        caps = _run(self._prog, s, pos, end, True, False)
        return None if caps is None else Match(self, s, caps, pos, end)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        s = string if type(string) is str else _check_string(self.pattern, string)
        end = len(s)
        if pos != 0 or endpos < end:
            pos, end = _bounds(s, pos, endpos)
        caps = self._search(s, pos, end, False)
        return None if caps is None else Match(self, s, caps, pos, end)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s = string if type(string) is str else _check_string(self.pattern, string)
        end = len(s)
        if pos != 0 or endpos < end:
            pos, end = _bounds(s, pos, endpos)
        out = []
        ng = self.groups
        for caps in self._iter(s, pos, end):
            if ng == 0:
                out.append(s[caps[0]:caps[1]])
            elif ng == 1:
                a = caps[2]
                b = caps[3]
                out.append(s[a:b] if a >= 0 and b >= 0 else '')
            else:
                row = []
                for g in range(1, ng + 1):
                    a = caps[2 * g]
                    b = caps[2 * g + 1]
                    row.append(s[a:b] if a >= 0 and b >= 0 else '')
                out.append(tuple(row))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s = _check_string(self.pattern, string)
        pos, end = _bounds(s, pos, endpos)
        gen = self._finditer(s, pos, end)
        # iter(callable, sentinel) gives CPython's callable_iterator, which ends without a
        # StopIteration event in the caller's trace; fall back to the generator where
        # the two-argument iter() is not available.
        try:
            return iter(lambda: next(gen, None), None)
        except TypeError:
            return gen

    def _finditer(self, s, pos, end):
        for caps in self._iter(s, pos, end):
            yield Match(self, s, caps, pos, end)

    def split(self, string, maxsplit=0):
        maxsplit = _ssize(maxsplit)
        s = _check_string(self.pattern, string)
        if maxsplit < 0:
            return [s]
        out = []
        last = 0
        n = 0
        ng = self.groups
        for caps in self._iter(s, 0, len(s)):
            if maxsplit and n >= maxsplit:
                break
            out.append(s[last:caps[0]])
            for g in range(1, ng + 1):
                a = caps[2 * g]
                b = caps[2 * g + 1]
                out.append(s[a:b] if a >= 0 and b >= 0 else None)
            last = caps[1]
            n += 1
        out.append(s[last:])
        return out

    def subn(self, repl, string, count=0):
        count = _ssize(count)
        s = _check_string(self.pattern, string)
        func = None
        items = None
        if isinstance(repl, str):
            if '\\' in repl:
                items = _compile_template(self, repl)
            else:
                items = [repl]
        elif callable(repl):
            func = repl
        else:
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
        if count < 0:
            return s, 0
        pieces = []
        last = 0
        n = 0
        for caps in self._iter(s, 0, len(s)):
            if caps[0] > last:
                pieces.append(s[last:caps[0]])
            if func is not None:
                # None counts as ''; other non-strings make join() raise CPython's TypeError
                r = func(Match(self, s, caps, 0, len(s)))
                if r is not None:
                    pieces.append(r)
            elif len(items) == 1 and isinstance(items[0], str):
                pieces.append(items[0])
            else:
                pieces.append(_expand(items, s, caps))
            last = caps[1]
            n += 1
            if count and n >= count:
                break
        pieces.append(s[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~FLAG_U
        if not flags:
            return 're.compile(%s)' % text
        parts = []
        for name, bit in _REPR_ORDER:
            if flags & bit:
                parts.append('re.' + name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match."""
    __class_getitem__ = classmethod(type(list[int]))   # types.GenericAlias, as CPython

    def __init__(self, pattern, string, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._caps = caps
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            idx = self.re._names.get(g)
            if idx is not None:
                return idx
        elif isinstance(g, bool):
            return int(g) if int(g) <= self.re.groups else self._no_group()
        else:
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError('no such group')
            return self._index(g)
        raise IndexError('no such group')

    def _no_group(self):
        raise IndexError('no such group')

    def _get(self, idx, default=None):
        a = self._caps[2 * idx]
        b = self._caps[2 * idx + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        caps = self._caps
        if not args:
            return self.string[caps[0]:caps[1]]
        if len(args) == 1:
            # m.group('name') and m.group(1) inline: _index and _get were two more calls.
            g = args[0]
            t = type(g)
            if t is str:
                idx = self.re._names.get(g)
            elif t is int and 0 <= g <= self.re.groups:
                idx = g
            else:
                idx = None
            if idx is None:
                return self._get(self._index(g))
            a = caps[2 * idx]
            b = caps[2 * idx + 1]
            return self.string[a:b] if a >= 0 and b >= 0 else None
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    # groups() and groupdict() slice inline: a call of _get per group was most of their time.
    def groups(self, default=None):
        caps = self._caps
        s = self.string
        out = []
        for i in range(2, 2 * self.re.groups + 2, 2):
            a = caps[i]
            b = caps[i + 1]
            out.append(s[a:b] if a >= 0 and b >= 0 else default)
        return tuple(out)

    def groupdict(self, default=None):
        caps = self._caps
        s = self.string
        out = {}
        for name, idx in self.re._names.items():
            a = caps[2 * idx]
            b = caps[2 * idx + 1]
            out[name] = s[a:b] if a >= 0 and b >= 0 else default
        return out

    def start(self, group=0):
        idx = self._index(group)
        a = self._caps[2 * idx]
        return a if a >= 0 and self._caps[2 * idx + 1] >= 0 else -1

    def end(self, group=0):
        idx = self._index(group)
        b = self._caps[2 * idx + 1]
        return b if b >= 0 and self._caps[2 * idx] >= 0 else -1

    def span(self, group=0):
        return (self.start(group), self.end(group))

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = self._caps[-1]
        return None if last <= 0 else last

    @property
    def lastgroup(self):
        idx = self.lastindex
        if idx is None:
            return None
        return self.re._group_names.get(idx)

    def expand(self, template):
        items = _compile_template(self.re, template)
        return _expand(items, self.string, self._caps)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._caps[0], self._caps[1], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- module-level API and caches ---------------------------------------------

_cache = {}
_MAXCACHE = 512
_template_cache = {}


def _compile(pattern, flags):
    if type(flags) is not int:
        flags = _flag_int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise TypeError('bytes patterns are not supported by scopewalk')
        raise TypeError('first argument must be string or compiled pattern')
    if flags & FLAG_L:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    if flags & FLAG_A and flags & FLAG_U:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    tree, flags, ngroups, names = parse(pattern, flags)
    if flags & FLAG_A and flags & FLAG_U:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    if not flags & FLAG_A:
        flags |= FLAG_U
    p = Pattern(pattern, flags, compile_tree(tree, ngroups), ngroups, names)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def _compile_template(pattern, repl):
    key = (pattern.pattern, pattern.flags, repl)
    items = _template_cache.get(key)
    if items is None:
        items = _parse_template(repl, pattern.groups, pattern._names)
        if len(_template_cache) >= _MAXCACHE:
            del _template_cache[next(iter(_template_cache))]
        _template_cache[key] = items
    return items


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()
    _template_cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    out = []
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
