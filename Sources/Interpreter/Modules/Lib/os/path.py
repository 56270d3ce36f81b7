"""os.path for scopewalk (POSIX rules, as CPython 3.13's posixpath).

The path arithmetic is CPython's: join, split, splitext, basename, dirname,
normpath, isabs, abspath, relpath, realpath, commonprefix, commonpath,
expanduser, expandvars, normcase, splitdrive, splitroot. The program's
folder (sys.path[0]) is the current directory.

scopewalk is a sandbox without file access, so no file can be seen:
exists/isfile/isdir/islink/lexists/ismount answer False (as CPython does for
a path it may not look at), and what needs a file's metadata (getsize,
getmtime, getatime, getctime, samefile) raises PermissionError. realpath
resolves no symbolic links.
"""

import sys

__name__ = 'posixpath'      # as CPython's os.path

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split",
           "splitext", "basename", "dirname", "commonprefix", "getsize",
           "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
           "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir",
           "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath",
           "isjunction", "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_SANDBOX = "scopewalk runs student code without file, process or network access"


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    r = fspath(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(s).__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _seps(p):
    return (b'/', b'.', b'') if isinstance(p, bytes) else ('/', '.', '')


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    sl = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sl
        for b in map(_fspath, p):
            if b.startswith(sl):
                path = b
            elif not path or path.endswith(sl):
                path += b
            else:
                path += sl + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    sl = _seps(p)[0]
    i = p.rfind(sl) + 1
    head, tail = p[:i], p[i:]
    if head and head != sl * len(head):
        head = head.rstrip(sl)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sl, dot, _ = _seps(p)
    sep_index = p.rfind(sl)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sl, _, empty = _seps(p)
    if p[:1] != sl:
        return empty, empty, p
    if p[1:2] != sl or p[2:3] == sl:
        return empty, sl, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _fspath(path)
    sl, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    _, initial, rest = splitroot(path)
    comps = []
    for comp in rest.split(sl):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = initial + sl.join(comps)
    return path or dot


def _cwd(like):
    folder = sys.path[0] if sys.path and sys.path[0] else '/'
    return folder.encode() if isinstance(like, bytes) else folder


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_cwd(path), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = '.' if isinstance(path, str) else b'.'
    else:
        start = _fspath(start)
    try:
        sl = _seps(path)[0]
        start_list = [x for x in abspath(start).split(sl) if x]
        path_list = [x for x in abspath(path).split(sl) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [_seps(path)[1] * 2] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return _seps(path)[1]
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sl, dot, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sl) for path in paths]
        try:
            isabs_, = set(p[:1] == sl for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sl if isabs_ else sl[:0]
        return prefix + sl.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expanduser(path):
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sl = _seps(path)[0]
    i = path.find(sl, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        home = os.environ.get('HOME', '/home/student')
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode()
        if name == 'student':
            home = '/home/student'
        elif name == 'root':
            home = '/root'
        else:
            return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sl)
    return (home + path[i:]) or sl


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j > 0:
                    name = path[i + 2:j]
                    if name in os.environ:
                        out.append(os.environ[name])
                    else:
                        out.append(path[i:j + 1])
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                    j += 1
                if j > i + 1:
                    name = path[i + 1:j]
                    out.append(os.environ[name] if name in os.environ else path[i:j])
                    i = j
                    continue
        out.append(c)
        i += 1
    return ''.join(out)


def exists(path):
    """False: scopewalk's sandbox shows no file."""
    _fspath(path) if not isinstance(path, int) else path
    return False


def lexists(path):
    return exists(path)


def isfile(path):
    return exists(path)


def isdir(s):
    return exists(s)


def islink(path):
    return exists(path)


def ismount(path):
    return exists(path)


def isjunction(path):
    return exists(path)


def isdevdrive(path):
    return exists(path)


def _no_files(name):
    def refused(*args, **kwargs):
        raise PermissionError("os.path.%s() is not available: %s" % (name, _SANDBOX))
    refused.__name__ = refused.__qualname__ = name
    return refused


getsize = _no_files('getsize')
getmtime = _no_files('getmtime')
getatime = _no_files('getatime')
getctime = _no_files('getctime')
samefile = _no_files('samefile')
sameopenfile = _no_files('sameopenfile')
samestat = _no_files('samestat')
