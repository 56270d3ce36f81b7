"""How pathlib reads path strings: the POSIX rules (os.path) and the Windows
ones (drives, UNC shares, '\\' and '/'), plus the glob patterns match() and
full_match() use."""

import os
import re

posix_parser = os.path


class WindowsParser:
    """The parts of CPython's ntpath pathlib needs, as pure string functions."""
    sep = '\\'
    altsep = '/'

    def __repr__(self):
        return "<module 'ntpath' (frozen)>"

    def splitroot(self, p):
        p = os.fspath(p)
        norm = p.replace('/', '\\')
        if norm[:1] == '\\':
            if norm[1:2] == '\\':
                # \\server\share, \\?\UNC\server\share, \\.\device
                start = 8 if norm[:8].upper() == '\\\\?\\UNC\\' else 2
                i = norm.find('\\', start)
                if i == -1:
                    return p, '', ''
                j = norm.find('\\', i + 1)
                if j == -1:
                    return p, '', ''
                return p[:j], p[j:j + 1], p[j + 1:]
            return '', p[:1], p[1:]
        if norm[1:2] == ':':
            if norm[2:3] == '\\':
                return p[:2], p[2:3], p[3:]
            return p[:2], '', p[2:]
        return '', '', p

    def splitdrive(self, p):
        drive, root, tail = self.splitroot(p)
        return drive, root + tail

    def isabs(self, s):
        s = os.fspath(s)[:3].replace('/', '\\')
        return s.startswith(':\\', 1) or s.startswith('\\\\')

    def join(self, path, *paths):
        drive, root, rest = self.splitroot(path)
        for p in map(os.fspath, paths):
            p_drive, p_root, p_rest = self.splitroot(p)
            if p_root:
                # an absolute part replaces all before it (keeping the drive
                # when it has none)
                if p_drive or not drive:
                    drive = p_drive
                root, rest = p_root, p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, root, rest = p_drive, p_root, p_rest
                    continue
                drive = p_drive
            if rest and rest[-1] not in '\\/':
                rest += '\\'
            rest += p_rest
        if rest and not root and drive and drive[-1] not in ':\\/':
            return drive + '\\' + rest
        return drive + root + rest

    _RESERVED_CHARS = frozenset({chr(i) for i in range(32)} | set('"*:<>?|/\\'))
    _RESERVED_NAMES = frozenset({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                                | {'COM' + c for c in '123456789\xb9\xb2\xb3'}
                                | {'LPT' + c for c in '123456789\xb9\xb2\xb3'})

    def isreserved(self, path):
        rest = self.splitroot(os.fspath(path))[2].replace('/', '\\')
        return any(self._reserved_name(n) for n in reversed(rest.split('\\')))

    def _reserved_name(self, name):
        if name[-1:] in ('.', ' '):
            return name not in ('.', '..')
        if self._RESERVED_CHARS.intersection(name):
            return True
        return name.partition('.')[0].rstrip(' ').upper() in self._RESERVED_NAMES


windows_parser = WindowsParser()


# ---------------------------------------------------------------- glob patterns

def _char_class(pat, i, not_sep):
    """The regex for the class pat[i] == '[' ... ']' and the index after it,
    or None when the class is not closed (then '[' is literal)."""
    j = i + 1
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1  # a ']' first is a member
    end = pat.find(']', j)
    if end < 0:
        return None
    body = pat[i + 1:end]
    negate = body[:1] == '!'
    if negate:
        body = body[1:]
    members = []
    k = 0
    while k < len(body):
        c = body[k]
        # 'a-z' is a range unless the '-' is first or last; after a range a
        # '-' starts nothing
        if k + 2 < len(body) and body[k + 1] == '-':
            lo, hi = c, body[k + 2]
            if lo <= hi:
                members.append(re.escape(lo) + '-' + re.escape(hi))
            k += 3
        else:
            members.append(re.escape(c))
            k += 1
    if not members:
        return ('.' if negate else '(?!)'), end + 1
    return '[%s%s]' % ('^' if negate else '', ''.join(members)), end + 1


def _segment(pat, not_sep):
    """One path segment of shell wildcards as a regex."""
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == '*':
            if not out or out[-1] != not_sep + '*':
                out.append(not_sep + '*')
            i += 1
        elif c == '?':
            out.append(not_sep)
            i += 1
        elif c == '[':
            cls = _char_class(pat, i, not_sep)
            if cls is None:
                out.append('\\[')
                i += 1
            else:
                out.append(cls[0])
                i = cls[1]
        else:
            out.append(re.escape(c))
            i += 1
    return ''.join(out)


def compile_pattern(pat, sep, case_sensitive, recursive=False):
    """A match function for a glob pattern over whole paths ('*' stays in one
    segment; with recursive, a '**' segment spans any number of them)."""
    esc = re.escape(sep)
    not_sep = '[^%s]' % esc
    parts = pat.split(sep)
    last = len(parts) - 1
    out = []
    for idx, part in enumerate(parts):
        if part == '*':
            out.append(not_sep + '+' + (esc if idx < last else ''))
        elif recursive and part == '**':
            if idx < last:
                if parts[idx + 1] != '**':
                    out.append('(?:.+%s)?' % esc)
            else:
                out.append('.*')
        else:
            if part:
                out.append(_segment(part, not_sep))
            if idx < last:
                out.append(esc)
    flags = re.DOTALL if case_sensitive else re.DOTALL | re.IGNORECASE
    return re.compile(''.join(out), flags).fullmatch
