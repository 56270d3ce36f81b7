# Pattern parser for scopewalk's re: turns pattern text into a small tree of tuples.
#
# Tree nodes (all plain tuples so the compiler can dispatch on node[0]):
#   ('lit', ch, icase)          one character; icase is 0, 1 (Unicode) or 2 (ASCII only)
#   ('any', dotall)             '.'
#   ('class', spec)             [...] or \d etc.; spec is a _ClassSpec
#   ('cat', [nodes])            sequence
#   ('alt', [nodes])            alternation
#   ('group', index, node)      capturing group
#   ('rep', lo, hi, mode, node) hi is None for unbounded; mode 0 greedy, 1 lazy, 2 possessive
#   ('atomic', node)
#   ('at', kind)                anchors: bol bolm eol eolm A Z b B ab aB (a = ASCII word rules)
#   ('bref', index, icase)
#   ('look', behind, negative, node, width)
#   ('cond', index, yes, no)

FLAG_TEMPLATE = 1
FLAG_I = 2
FLAG_L = 4
FLAG_M = 8
FLAG_S = 16
FLAG_U = 32
FLAG_X = 64
FLAG_DEBUG = 128
FLAG_A = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_INLINE = {'i': FLAG_I, 'L': FLAG_L, 'm': FLAG_M, 's': FLAG_S, 'x': FLAG_X, 'a': FLAG_A, 'u': FLAG_U}
_TYPE_FLAGS = FLAG_A | FLAG_L | FLAG_U
_SIMPLE_ESC = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_CATS = 'dDsSwW'
_OCT = '01234567'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WS = ' \t\n\r\v\f'


class PatternError(Exception):
    """Raised for an invalid pattern or replacement template (re.error)."""

    __module__ = "re"       # tracebacks name it re.PatternError, as CPython's

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


class _ClassSpec:
    """Members of a character class, resolved later by re._charset."""

    def __init__(self):
        self.chars = []
        self.ranges = []
        self.cats = []
        self.negate = False
        self.icase = 0
        self.ascii = False


def _cat_spec(letter, flags):
    spec = _ClassSpec()
    spec.cats.append(letter)
    spec.ascii = bool(flags & FLAG_A)
    return spec


def _icase(flags):
    if not flags & FLAG_I:
        return 0
    return 2 if flags & FLAG_A else 1


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.global_ok = True   # only global-flag groups seen so far
        self.forward_refs = {}  # conditional group numbers not yet defined -> position
        self.variable_lookbehind = False  # CPython finds it when compiling, after parsing

    def error(self, msg, pos):
        return PatternError(msg, self.p, pos)

    def token_at(self, i):
        """CPython's tokenizer unit at i: an escape is two characters."""
        if self.p[i] == '\\':
            return self.p[i:i + 2]
        return self.p[i]

    def peek(self):
        if self.i < self.n:
            return self.p[self.i]
        return ''

    # ---- alternation and sequences -------------------------------------
    def parse_alt(self, flags, depth):
        branches = [self.parse_seq(flags, depth)]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            self.global_ok = False
            branches.append(self.parse_seq(flags, depth))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, depth):
        items = []
        repeated = []   # parallel to items: True when the item is a bare quantifier result
        p = self.p
        n = self.n
        while True:
            if flags & FLAG_X:
                self.skip_verbose()
            if self.i >= n:
                break
            c = p[self.i]
            if c == '|':
                break
            if c == ')':
                if depth == 0:
                    raise self.error('unbalanced parenthesis', self.i)
                break
            start = self.i
            if c in '*+?{':
                q = self.parse_quant()
                if q is None:     # '{' that is not a quantifier is a literal
                    self.i = start + 1
                    items.append(('lit', '{', _icase(flags)))
                    repeated.append(False)
                    self.global_ok = False
                    continue
                lo, hi, mode = q
                if not items or items[-1][0] == 'at':
                    raise self.error('nothing to repeat', start)
                if repeated[-1]:
                    raise self.error('multiple repeat', start)
                items[-1] = ('rep', lo, hi, mode, items[-1])
                repeated[-1] = True
                continue
            node = self.parse_atom(flags, depth)
            if node is None:      # comment or global flags: nothing to add
                continue
            if node[0] == 'flags':
                flags = node[1]
                continue
            items.append(node)
            repeated.append(False)
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def skip_verbose(self):
        p = self.p
        while self.i < self.n:
            c = p[self.i]
            if c in _WS:
                self.i += 1
            elif c == '#':
                j = p.find('\n', self.i)
                self.i = self.n if j < 0 else j + 1
            else:
                break

    def parse_quant(self):
        """Read a quantifier at self.i; None when '{' is not one."""
        p = self.p
        c = p[self.i]
        self.i += 1
        if c == '*':
            lo, hi = 0, None
        elif c == '+':
            lo, hi = 1, None
        elif c == '?':
            lo, hi = 0, 1
        else:
            j = self.i
            while j < self.n and p[j] in _DIGITS:
                j += 1
            a = p[self.i:j]
            b = None
            comma = j < self.n and p[j] == ','
            if comma:
                k = j + 1
                while k < self.n and p[k] in _DIGITS:
                    k += 1
                b = p[j + 1:k]
                j = k
            if j >= self.n or p[j] != '}':
                return None
            numpos = self.i
            self.i = j + 1
            lo = int(a) if a else 0
            if comma:
                hi = int(b) if b else None
            else:
                if not a:
                    return None
                hi = lo
            if lo >= MAXREPEAT or (hi is not None and hi >= MAXREPEAT):
                raise OverflowError('the repetition number is too large')
            if hi is not None and hi < lo:
                raise self.error('min repeat greater than max repeat', numpos)
        mode = 0
        if self.i < self.n:
            if p[self.i] == '?':
                mode = 1
                self.i += 1
            elif p[self.i] == '+':
                mode = 2
                self.i += 1
        return lo, hi, mode

    # ---- atoms ------------------------------------------------------------
    def parse_atom(self, flags, depth):
        p = self.p
        c = p[self.i]
        if c == '(':
            node = self.parse_group(flags, depth)
            if node is not None and node[0] == 'at':
                node = ('cat', [node])   # (?:$) can be repeated even though $ cannot
            return node
        self.global_ok = False
        self.i += 1
        if c == '.':
            return ('any', bool(flags & FLAG_S))
        if c == '[':
            return ('class', self.parse_class(flags))
        if c == '^':
            return ('at', 'bolm' if flags & FLAG_M else 'bol')
        if c == '$':
            return ('at', 'eolm' if flags & FLAG_M else 'eol')
        if c == '\\':
            return self.parse_escape(flags)
        return ('lit', c, _icase(flags))

    def parse_escape(self, flags):
        p = self.p
        start = self.i - 1
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in _CATS:
            return ('class', _cat_spec(c, flags))
        if c in 'AZ':
            return ('at', c)
        if c in 'bB':
            return ('at', ('a' + c) if flags & FLAG_A else c)
        if c in _DIGITS:
            return self.parse_digit_escape(c, start, flags)
        return ('lit', self.escape_char(c, start, False), _icase(flags))

    def parse_digit_escape(self, c, start, flags):
        p = self.p
        if c == '0':
            j = self.i
            while j < self.n and j < self.i + 2 and p[j] in _OCT:
                j += 1
            ch = chr(int(p[self.i - 1:j], 8))
            self.i = j
            return ('lit', ch, _icase(flags))
        if self.i < self.n and p[self.i] in _DIGITS:
            if (c in _OCT and p[self.i] in _OCT and self.i + 1 < self.n
                    and p[self.i + 1] in _OCT):
                text = p[self.i - 1:self.i + 2]
                self.i += 2
                v = int(text, 8)
                if v > 0o377:
                    raise self.error('octal escape value \\%s outside of range 0-0o377' % text, start)
                return ('lit', chr(v), _icase(flags))
            num = int(p[self.i - 1:self.i + 1])
            self.i += 1
        else:
            num = int(c)
        return ('bref', self.check_ref(num, start + 1), _icase(flags))

    def check_ref(self, num, pos):
        if num > self.ngroups:
            raise self.error('invalid group reference %d' % num, pos)
        if num in self.open:
            raise self.error('cannot refer to an open group', pos - 1)
        return num

    def escape_char(self, c, start, in_class):
        """Value of a one-character escape (not a category/anchor/backref)."""
        if c in _SIMPLE_ESC:
            return _SIMPLE_ESC[c]
        if c == 'x' or c == 'u' or c == 'U':
            size = 2 if c == 'x' else (4 if c == 'u' else 8)
            j = self.i
            while j < self.n and j < self.i + size and self.p[j] in _HEX:
                j += 1
            text = self.p[self.i:j]
            self.i = j
            if len(text) != size:
                raise self.error('incomplete escape \\%s%s' % (c, text), start)
            v = int(text, 16)
            if v > 0x10FFFF:
                raise self.error('bad escape \\%s%s' % (c, text), start)
            return chr(v)
        if c == 'N':
            return self.named_char(start)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error('bad escape \\' + c, start)
        return c

    def named_char(self, start):
        p = self.p
        if self.i >= self.n or p[self.i] != '{':
            raise self.error('missing {', self.i)
        self.i += 1
        j = p.find('}', self.i)
        if j < 0 and self.i >= self.n:
            raise self.error('missing character name', self.i)
        if j < 0:
            raise self.error('missing }, unterminated name', self.i)
        name = p[self.i:j]
        if not name:
            raise self.error('missing character name', self.i)
        self.i = j + 1
        try:
            import unicodedata
            return unicodedata.lookup(name)
        except KeyError:
            raise self.error('undefined character name %r' % name, start)
        except ImportError:
            pass
        # No unicodedata module: the string-literal parser knows the names.
        if all(c.isalnum() or c in ' -' for c in name):
            try:
                return eval('"\\N{' + name + '}"')
            except SyntaxError:
                pass
        raise self.error('undefined character name %r' % name, start)

    # ---- character classes ------------------------------------------------
    def parse_class(self, flags):
        p = self.p
        start = self.i - 1
        spec = _ClassSpec()
        spec.icase = _icase(flags)
        spec.ascii = bool(flags & FLAG_A)
        if self.i < self.n and p[self.i] == '^':
            spec.negate = True
            self.i += 1
        first = True
        while True:
            if self.i >= self.n:
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                return spec
            first = False
            itempos = self.i
            lo = self.class_item(spec)
            if (self.i + 1 < self.n and p[self.i] == '-' and p[self.i + 1] != ']'):
                dash = self.i
                self.i += 1
                hi = self.class_item(spec)
                if lo is None or hi is None:
                    raise self.error('bad character range %s' % p[itempos:self.i], itempos)
                if hi < lo:
                    # CPython shows the source text of both ends (escapes as written)
                    raise self.error('bad character range %s-%s' % (p[itempos:dash], p[dash + 1:self.i]), itempos)
                spec.ranges.append((lo, hi))
            elif lo is not None:
                spec.chars.append(lo)

    def class_item(self, spec):
        """One class member: returns its char, or None after adding a category."""
        p = self.p
        c = p[self.i]
        self.i += 1
        if c != '\\':
            return c
        start = self.i - 1
        if self.i >= self.n:
            raise self.error('unterminated character set', start)  # pragma: unreachable in CPython
        c = p[self.i]
        self.i += 1
        if c in _CATS:
            spec.cats.append(c)
            return None
        if c in _OCT:
            j = self.i
            while j < self.n and j < self.i + 2 and p[j] in _OCT:
                j += 1
            text = p[self.i - 1:j]
            self.i = j
            v = int(text, 8)
            if v > 0o377:
                raise self.error('octal escape value \\%s outside of range 0-0o377' % text, start)
            return chr(v)
        return self.escape_char(c, start, True)

    # ---- groups -------------------------------------------------------------
    def parse_group(self, flags, depth):
        p = self.p
        start = self.i
        self.i += 1
        if self.i < self.n and p[self.i] == '?':
            self.i += 1
            if self.i >= self.n:
                raise self.error('unexpected end of pattern', self.i)
            c = p[self.i]
            self.i += 1
            if c == ':':
                self.global_ok = False
                return self.finish_group(None, flags, depth, start)
            if c == 'P':
                return self.parse_p_group(flags, depth, start)
            if c == '=' or c == '!':
                self.global_ok = False
                body = self.finish_body(flags, depth, start)
                return ('look', False, c == '!', body, 0)
            if c == '<':
                if self.i >= self.n:
                    raise self.error('unexpected end of pattern', self.i)
                d = p[self.i]
                if d != '=' and d != '!':
                    raise self.error('unknown extension ?<' + self.token_at(self.i), start + 1)
                self.i += 1
                self.global_ok = False
                body = self.finish_body(flags, depth, start)
                lo, hi = width(body)
                if lo != hi:
                    self.variable_lookbehind = True
                return ('look', True, d == '!', body, lo)
            if c == '#':
                j = p.find(')', self.i)
                if j < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = j + 1
                return None
            if c == '(':
                self.global_ok = False
                return self.parse_cond(flags, depth, start)
            if c == '>':
                self.global_ok = False
                return ('atomic', self.finish_body(flags, depth, start))
            if c in _INLINE or c == '-':
                self.i -= 1
                return self.parse_flags(flags, depth, start)
            raise self.error('unknown extension ?' + self.token_at(self.i - 1), start + 1)
        self.global_ok = False
        self.ngroups += 1
        return self.finish_group(self.ngroups, flags, depth, start)

    def finish_body(self, flags, depth, start):
        body = self.parse_alt(flags, depth + 1)
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return body

    def finish_group(self, index, flags, depth, start):
        if index is None:
            return self.finish_body(flags, depth, start)
        self.open.append(index)
        body = self.finish_body(flags, depth, start)
        self.open.remove(index)
        return ('group', index, body)

    def read_name(self, term, missing_msg):
        p = self.p
        namepos = self.i
        j = p.find(term, self.i)
        if j < 0:
            if self.i >= self.n:
                raise self.error('missing group name', namepos)
            raise self.error('missing %s, unterminated name' % term, namepos)
        name = p[self.i:j]
        if not name:
            raise self.error('missing group name', namepos)
        self.i = j + 1
        return name, namepos

    def parse_p_group(self, flags, depth, start):
        p = self.p
        if self.i >= self.n:
            raise self.error('unexpected end of pattern', self.i)
        c = p[self.i]
        self.i += 1
        self.global_ok = False
        if c == '<':
            name, namepos = self.read_name('>', None)
            if not name.isidentifier():
                raise self.error('bad character in group name %r' % name, namepos)
            self.ngroups += 1
            if name in self.names:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, self.ngroups, self.names[name]), namepos)
            self.names[name] = self.ngroups
            return self.finish_group(self.ngroups, flags, depth, start)
        if c == '=':
            name, namepos = self.read_name(')', None)
            if not name.isidentifier():
                raise self.error('bad character in group name %r' % name, namepos)
            if name not in self.names:
                raise self.error('unknown group name %r' % name, namepos)
            index = self.names[name]
            if index in self.open:
                raise self.error('cannot refer to an open group', namepos)
            return ('bref', index, _icase(flags))
        raise self.error('unknown extension ?P' + c, start + 1)

    def parse_cond(self, flags, depth, start):
        name, namepos = self.read_name(')', None)
        if name.isdigit() and name.isascii():
            index = int(name)
            if index == 0:
                raise self.error('bad group number', namepos)
            if index > self.ngroups and index not in self.forward_refs:
                self.forward_refs[index] = namepos   # may be defined later; checked at the end
        else:
            if not name.isidentifier():
                raise self.error('bad character in group name %r' % name, namepos)
            if name not in self.names:
                raise self.error('unknown group name %r' % name, namepos)
            index = self.names[name]
        yes = self.parse_seq(flags, depth + 1)
        no = ('cat', [])
        if self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            no = self.parse_seq(flags, depth + 1)
            if self.i < self.n and self.p[self.i] == '|':
                raise self.error('conditional backref with more than two branches', self.i)
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return ('cond', index, yes, no)

    def parse_flags(self, flags, depth, start):
        p = self.p
        on = self.read_flag_letters()
        off = 0
        if self.i >= self.n:
            raise self.error('missing -, : or )', self.i)
        c = p[self.i]
        if c == ')':
            if not self.global_ok:
                raise self.error('global flags not at the start of the expression', start)
            self.i += 1
            if on & FLAG_L:
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", self.i - 1)
            self.flags |= on
            return ('flags', flags | on)
        if c == '-':
            self.i += 1
            if self.i >= self.n:
                raise self.error('missing flag', self.i)
            off = self.read_flag_letters()
            if not off:
                raise self.error('missing flag', self.i)
            if off & _TYPE_FLAGS:
                raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i)
            if on & off:
                raise self.error('bad inline flags: flag turned on and off', self.i)
            if self.i >= self.n or p[self.i] != ':':
                raise self.error('missing :', self.i)
        elif c != ':':
            raise self.error('missing -, : or )', self.i)
        if on & FLAG_L:
            raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", self.i)
        if (on & _TYPE_FLAGS) and (on & _TYPE_FLAGS) not in (FLAG_A, FLAG_L, FLAG_U):
            raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i)
        self.i += 1
        self.global_ok = False
        inner = (flags | on) & ~off
        if on & FLAG_U:
            inner &= ~FLAG_A
        elif on & FLAG_A:
            inner &= ~FLAG_U
        return self.finish_body(inner, depth, start)

    def read_flag_letters(self):
        value = 0
        p = self.p
        while self.i < self.n and p[self.i] in _INLINE:
            value |= _INLINE[p[self.i]]
            self.i += 1
        if self.i < self.n and p[self.i] not in '-:)':
            c = p[self.i]
            if c.isalpha():
                raise self.error('unknown flag', self.i)
        return value


def width(node):
    """(min, max) number of characters a node can match; max None = unbounded."""
    kind = node[0]
    if kind == 'lit' or kind == 'any' or kind == 'class':
        return 1, 1
    if kind == 'cat':
        lo = 0
        hi = 0
        for item in node[1]:
            a, b = width(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == 'alt':
        ws = [width(b) for b in node[1]]
        lo = min(w[0] for w in ws)
        his = [w[1] for w in ws]
        return lo, (None if None in his else max(his))
    if kind == 'group':
        return width(node[2])
    if kind == 'atomic':
        return width(node[1])
    if kind == 'rep':
        a, b = width(node[4])
        hi = None if (node[2] is None and b != 0) or b is None else b * (node[2] or 0)
        return a * node[1], hi
    if kind == 'cond':
        a, b = width(node[2])
        c, d = width(node[3])
        return min(a, c), (None if b is None or d is None else max(b, d))
    if kind == 'bref':
        return 0, None
    return 0, 0


def _lone_backslash(pattern):
    """Start of the token before a trailing lone backslash, or None."""
    i = 0
    prev = 0
    n = len(pattern)
    while i < n:
        if pattern[i] == '\\':
            if i == n - 1:
                return prev
            prev = i
            i += 2
        else:
            prev = i
            i += 1
    return None


def parse(pattern, flags):
    """Parse pattern; returns (tree, flags, ngroups, groupindex)."""
    try:
        return _parse(pattern, flags)
    except PatternError as e:
        # CPython's tokenizer reads one token ahead, so a trailing lone
        # backslash is reported as soon as the token before it is consumed.
        before = _lone_backslash(pattern) if isinstance(pattern, str) else None
        if before is not None and e.pos is not None and _LAST[0] is not None and _LAST[0].i > before:
            raise PatternError('bad escape (end of pattern)', pattern, len(pattern) - 1) from None
        raise


_LAST = [None]   # the parser of the latest parse, read when it fails


def _parse(pattern, flags):
    parser = _Parser(pattern, flags)
    _LAST[0] = parser
    tree = parser.parse_alt(flags, 0)
    if parser.i < parser.n:
        # parse_alt stops only at an unmatched ')' at top level
        raise parser.error('unbalanced parenthesis', parser.i)
    for index, pos in parser.forward_refs.items():
        if index > parser.ngroups:
            raise parser.error('invalid group reference %d' % index, pos)
    if parser.flags != flags:
        # global flags such as (?x) or (?i) apply to the whole pattern: parse again with them
        return _parse(pattern, parser.flags)
    if parser.variable_lookbehind:
        raise PatternError('look-behind requires fixed-width pattern')
    return tree, parser.flags, parser.ngroups, parser.names
