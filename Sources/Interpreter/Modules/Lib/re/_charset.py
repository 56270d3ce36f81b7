# Single-character tests for scopewalk's re.
#
# Every one-character pattern item (literal, '.', class, \d...) becomes an "item":
# a (kind, arg) pair. The kinds double as matcher opcodes, and the matcher has an
# inlined loop for each kind, so the common cases never call a Python function per
# character. Only unusual classes fall back to I_PRED with a closure.

I_LIT = 0      # arg: the character
I_SET = 1      # arg: frozenset of characters
I_NSET = 2     # arg: frozenset; matches characters NOT in it
I_ANY = 3      # '.' without DOTALL
I_ANYALL = 4   # '.' with DOTALL
I_PRED = 5     # arg: function(ch) -> bool
I_DIGIT = 6    # Unicode \d
I_NDIGIT = 7
I_WORD = 8     # Unicode \w
I_NWORD = 9
I_SPACE = 10   # Unicode \s
I_NSPACE = 11
I_NLIT = 12    # arg: one character; matches anything else ([^x])

ASCII_DIGITS = frozenset('0123456789')
ASCII_SPACE = frozenset(' \t\n\r\f\v')
ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')

# Case-insensitive classes that the plain lower/upper mappings do not connect
# (e.g. KELVIN SIGN with k and K); observed from CPython's IGNORECASE matching.
_FOLD_GROUPS = ['Ii\u0131', 'Kk\u212a', 'Ss\u017f', '\xb5\u039c\u03bc', '\xc5\xe5\u212b',
                '\xdf\u1e9e', '\u0345\u0399\u03b9\u1fbe', '\u0392\u03b2\u03d0',
                '\u0395\u03b5\u03f5', '\u0398\u03b8\u03d1\u03f4', '\u039a\u03ba\u03f0',
                '\u03a0\u03c0\u03d6', '\u03a1\u03c1\u03f1', '\u03a3\u03c2\u03c3',
                '\u03a6\u03c6\u03d5', '\u03a9\u03c9\u2126', '\u0412\u0432\u1c80',
                '\u0414\u0434\u1c81', '\u041e\u043e\u1c82', '\u0421\u0441\u1c83',
                '\u0422\u0442\u1c84\u1c85', '\u042a\u044a\u1c86', '\u0462\u0463\u1c87',
                '\u1c88\ua64a\ua64b', '\u1e60\u1e61\u1e9b']
_FOLD_TABLE = {}
for _g in _FOLD_GROUPS:
    for _c in _g:
        _FOLD_TABLE[_c] = _g


def fold_set(ch, mode):
    """Characters equal to ch ignoring case; mode 1 = Unicode rules, 2 = ASCII only."""
    if mode == 2:
        if ch in _ASCII_LETTERS:
            return frozenset((ch.lower(), ch.upper()))
        return frozenset((ch,))
    group = _FOLD_TABLE.get(ch)
    if group is not None:
        return frozenset(group)
    out = {ch}
    for v in (ch.lower(), ch.upper(), ch.swapcase(), ch.title(), ch.lower().upper(), ch.upper().lower()):
        if len(v) == 1:
            out.add(v)
    return frozenset(out)


def literal_item(ch, icase):
    if icase:
        fs = fold_set(ch, icase)
        if len(fs) > 1:
            return (I_SET, fs)
    return (I_LIT, ch)


def _is_word(c):
    return c.isalnum() or c == '_'


_UNI_CATS = {'d': I_DIGIT, 'D': I_NDIGIT, 's': I_SPACE, 'S': I_NSPACE, 'w': I_WORD, 'W': I_NWORD}
_ASCII_CATS = {'d': ASCII_DIGITS, 's': ASCII_SPACE, 'w': ASCII_WORD}


def _uni_pred(letter):
    if letter == 'd':
        return lambda c: c.isdecimal()
    if letter == 'D':
        return lambda c: not c.isdecimal()
    if letter == 's':
        return lambda c: c.isspace()
    if letter == 'S':
        return lambda c: not c.isspace()
    if letter == 'w':
        return _is_word
    return lambda c: not _is_word(c)


def class_item(spec):
    """Turn a parsed _ClassSpec into an item (kind, arg)."""
    chars = set(spec.chars)
    ranges = []
    for lo, hi in spec.ranges:
        if ord(hi) - ord(lo) < 512:
            for i in range(ord(lo), ord(hi) + 1):
                chars.add(chr(i))
        else:
            ranges.append((lo, hi))
    preds = []
    cat_kinds = []
    not_in = []      # ASCII negated categories: the sets a character must be outside
    for letter in spec.cats:
        if spec.ascii:
            base = _ASCII_CATS[letter.lower()]
            if letter.islower():
                chars.update(base)
            else:
                not_in.append(base)
                preds.append(lambda c, base=base: c not in base)
        else:
            cat_kinds.append(_UNI_CATS[letter])
            preds.append(_uni_pred(letter))
    if spec.icase:
        folded = set()
        for c in chars:
            folded.update(fold_set(c, spec.icase))
        chars = folded
    # Simple shapes get a dedicated kind the matcher can inline.
    if not ranges and not preds:
        if spec.negate:
            if len(chars) == 1:
                return (I_NLIT, next(iter(chars)))
            return (I_NSET, frozenset(chars))
        if len(chars) == 1:
            return (I_LIT, next(iter(chars)))
        return (I_SET, frozenset(chars))
    if not chars and not ranges and len(cat_kinds) == 1:
        kind = cat_kinds[0]
        if spec.negate:
            kind = kind + 1 if kind % 2 == 0 else kind - 1
        return (kind, None)
    pred = _make_pred(frozenset(chars), ranges, preds, spec.negate, spec.icase)
    if not (spec.icase and ranges):
        # What the predicate tests, for the native matcher (_re_scan), which
        # then needs no Python call per character.
        pred.re_class = (frozenset(chars), tuple(ranges), tuple(cat_kinds), tuple(not_in), spec.negate)
    return (I_PRED, pred)


def _make_pred(chars, ranges, preds, negate, icase):
    def inside(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for p in preds:
            if p(c):
                return True
        return False

    if icase and ranges:
        plain = inside

        def inside(c):
            if plain(c):
                return True
            for v in fold_set(c, icase):
                if plain(v):
                    return True
            return False

    if negate:
        return lambda c: not inside(c)
    return inside


def item_test(kind, arg, c):
    """Does character c match the item? (Used off the hot paths.)"""
    if kind == I_LIT:
        return c == arg
    if kind == I_SET:
        return c in arg
    if kind == I_NSET:
        return c not in arg
    if kind == I_ANY:
        return c != '\n'
    if kind == I_ANYALL:
        return True
    if kind == I_PRED:
        return arg(c)
    if kind == I_DIGIT:
        return c.isdecimal()
    if kind == I_NDIGIT:
        return not c.isdecimal()
    if kind == I_WORD:
        return c.isalnum() or c == '_'
    if kind == I_NWORD:
        return not (c.isalnum() or c == '_')
    if kind == I_SPACE:
        return c.isspace()
    if kind == I_NSPACE:
        return not c.isspace()
    return c != arg   # I_NLIT


def scan(s, p, lim, kind, arg):
    """Furthest position q <= lim such that every s[p:q] character matches the item."""
    if kind == I_LIT:
        while p < lim and s[p] == arg:
            p += 1
    elif kind == I_SET:
        while p < lim and s[p] in arg:
            p += 1
    elif kind == I_ANY:
        q = s.find('\n', p, lim)
        return lim if q < 0 else q
    elif kind == I_ANYALL:
        return lim
    elif kind == I_NLIT:
        q = s.find(arg, p, lim)
        return lim if q < 0 else q
    elif kind == I_NSET:
        while p < lim and s[p] not in arg:
            p += 1
    elif kind == I_WORD:
        while p < lim:
            c = s[p]
            if not (c.isalnum() or c == '_'):
                break
            p += 1
    elif kind == I_DIGIT:
        while p < lim and s[p].isdecimal():
            p += 1
    elif kind == I_SPACE:
        while p < lim and s[p].isspace():
            p += 1
    elif kind == I_PRED:
        while p < lim and arg(s[p]):
            p += 1
    elif kind == I_NWORD:
        while p < lim:
            c = s[p]
            if c.isalnum() or c == '_':
                break
            p += 1
    elif kind == I_NDIGIT:
        while p < lim and not s[p].isdecimal():
            p += 1
    elif kind == I_NSPACE:
        while p < lim and not s[p].isspace():
            p += 1
    return p


def find_first(s, p, lim, kind, arg):
    """First position q in [p, lim) whose character matches the item, or -1."""
    if kind == I_LIT:
        return s.find(arg, p, lim)
    if kind == I_SET:
        while p < lim:
            if s[p] in arg:
                return p
            p += 1
        return -1
    if kind == I_WORD:
        while p < lim:
            c = s[p]
            if c.isalnum() or c == '_':
                return p
            p += 1
        return -1
    if kind == I_DIGIT:
        while p < lim:
            if s[p].isdecimal():
                return p
            p += 1
        return -1
    if kind == I_ANYALL:
        return p if p < lim else -1
    while p < lim:
        if item_test(kind, arg, s[p]):
            return p
        p += 1
    return -1


# The two loops above in Swift (Builtins/Modules/RegexScanModule.swift): the
# re module spends most of its time in them. The Python versions stay as the
# definition of what they do.
try:
    from _re_scan import scan, find_first
except ImportError:
    pass
