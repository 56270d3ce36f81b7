# Replacement templates for re.sub / Match.expand.
#
# A template compiles once into a list whose items are either literal strings or
# group numbers, so expanding it for each match is a short loop with no parsing.

from re._parser import PatternError

_LETTER_ESC = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
               '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_OCT = '01234567'
_DIGITS = '0123456789'


def parse_template(text, ngroups, groupindex):
    items = []
    lit = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find('\\', i)
        if j < 0:
            lit.append(text[i:])
            break
        lit.append(text[i:j])
        i = j + 1
        if i >= n:
            raise PatternError('bad escape (end of pattern)', text, j)
        c = text[i]
        i += 1
        group = None
        if c == 'g':
            group, i = _named_ref(text, i, ngroups, groupindex)
        elif c == '0':
            k = i
            while k < n and k < i + 2 and text[k] in _OCT:
                k += 1
            lit.append(chr(int(text[i - 1:k], 8)))
            i = k
        elif c in _DIGITS:
            if i < n and text[i] in _DIGITS:
                if (c in _OCT and text[i] in _OCT and i + 1 < n and text[i + 1] in _OCT):
                    v = int(text[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise PatternError('octal escape value \\%s outside of range 0-0o377'
                                           % text[i - 1:i + 2], text, j)
                    lit.append(chr(v))
                    i += 2
                    continue
                group = int(text[i - 1:i + 1])
                i += 1
            else:
                group = int(c)
            if group > ngroups:
                raise PatternError('invalid group reference %d' % group, text, j + 1)
        elif c in _LETTER_ESC:
            lit.append(_LETTER_ESC[c])
        elif c in _ASCII_LETTERS:
            raise PatternError('bad escape \\' + c, text, j)
        else:
            lit.append('\\' + c)
        if group is not None:
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(group)
    if lit:
        s = ''.join(lit)
        if s:
            items.append(s)
    return items


def _named_ref(text, i, ngroups, groupindex):
    n = len(text)
    if i >= n or text[i] != '<':
        raise PatternError('missing <', text, i)
    i += 1
    k = text.find('>', i)
    if k < 0:
        if i >= n:
            raise PatternError('missing group name', text, i)
        raise PatternError('missing >, unterminated name', text, i)
    name = text[i:k]
    if not name:
        raise PatternError('missing group name', text, i)
    if name.isdigit() and name.isascii():
        group = int(name)
        if group > ngroups:
            raise PatternError('invalid group reference %d' % group, text, i)
    elif name.isidentifier():
        if name not in groupindex:
            raise IndexError('unknown group name %r' % name)
        group = groupindex[name]
    else:
        raise PatternError('bad character in group name %r' % name, text, i)
    return group, k + 1


def expand(items, s, caps):
    """Build the replacement for one match from its capture list."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            a = caps[2 * it]
            b = caps[2 * it + 1]
            if a >= 0 and b >= 0:
                out.append(s[a:b])
    return ''.join(out)
