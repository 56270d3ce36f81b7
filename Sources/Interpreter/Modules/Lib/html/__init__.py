"""
General functions for HTML manipulation.
"""

# scopewalk's html, as CPython 3.13's: escape() and unescape() with the
# HTML5 named references (html.entities) and its rules for numeric ones.
# Left out: html.parser.

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # first, so the others' '&' stay
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references HTML5 maps elsewhere: NUL, CR and the C1 controls that
# Windows-1252 gives printable characters to.
_REMAPPED = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
    0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
    0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _dropped(n):
    """Code points a numeric reference may not produce: they vanish."""
    return (0x1 <= n <= 0x8 or n == 0xb or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f
            or 0xfdd0 <= n <= 0xfdef or (n & 0xfffe) == 0xfffe)


def _numeric(ref):
    digits = ref[1:].rstrip(';')
    n = int(digits[1:], 16) if digits[0] in 'xX' else int(digits)
    if n in _REMAPPED:
        return _REMAPPED[n]
    if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
        return '\ufffd'
    if _dropped(n):
        return ''
    return chr(n)


def _named(ref):
    from html.entities import html5
    if ref in html5:
        return html5[ref]
    # the longest known name the reference starts with (legacy ones lack ';')
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in html5:
            return html5[ref[:end]] + ref[end:]
    return '&' + ref


def _replace(m):
    ref = m.group(1)
    return _numeric(ref) if ref[0] == '#' else _named(ref)


_CHARREF = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    return _CHARREF.sub(_replace, s)
