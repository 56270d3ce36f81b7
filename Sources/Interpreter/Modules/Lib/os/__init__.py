"""os for scopewalk: what a sandboxed program may use.

scopewalk runs student code without file, process or network access. This
module keeps what needs none of them, as CPython 3.13 on Linux: os.path
(os/path.py, CPython's posixpath), sep/linesep/name/curdir/pardir/extsep/pathsep/devnull,
environ (a small fixed environment: HOME, USER, LANG, PATH; changes stay in
the program), getenv/putenv/unsetenv, getcwd() (the program's folder,
sys.path[0]), cpu_count() (4), getpid() (a fixed 4217), urandom(n) (from a
random generator of its own: the program's `random` sequence is untouched),
fspath, PathLike, strerror, get_terminal_size() (80x24), times-free helpers.

Everything that would touch files, processes or the network (listdir,
scandir, walk, stat, remove, mkdir, rename, chdir, system, popen, fork,
kill, exec*, spawn*, open, ...) raises PermissionError saying so.
"""

import abc as _abc
from _collections_abc import MutableMapping as _MutableMapping
import sys
from . import path
from .path import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

name = 'posix'
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
O_APPEND = 1024

error = OSError

_SANDBOX = "scopewalk runs student code without file, process or network access"


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    r = fspath(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for c in subclass.__mro__:
                if '__fspath__' in c.__dict__:
                    return c.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Environ(_MutableMapping):
    """os.environ: a mapping of str to str."""

    def __init__(self, data):
        self._data = data

    def _check(self, value, what):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key, 'key')]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[self._check(key, 'key')] = self._check(value, 'value')

    def __delitem__(self, key):
        try:
            del self._data[self._check(key, 'key')]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())


environ = _Environ({
    'HOME': '/home/student',
    'LANG': 'C.UTF-8',
    'PATH': '/usr/local/bin:/usr/bin:/bin',
    'USER': 'student',
})


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value):
    environ[name] = value


def unsetenv(name):
    environ.pop(name, None)


def getcwd():
    """The program's folder (scopewalk's current directory)."""
    return path._cwd('')


def getcwdb():
    return getcwd().encode()


def cpu_count():
    return 4


def process_cpu_count():
    return 4


def getpid():
    return 4217


def getppid():
    return 4216


def getuid():
    return 1000


geteuid = getuid


def getgid():
    return 1000


getegid = getgid


def getlogin():
    return 'student'


_urandom = None


def urandom(size):
    """size random bytes (from a generator of urandom's own)."""
    global _urandom
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size < 0:
        raise ValueError("negative argument not allowed")
    if size >= 1 << 63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if _urandom is None:
        import random
        _urandom = random.Random()
    out = bytearray(size)       # a size past memory is a MemoryError here, as in CPython
    step = 1 << 20
    for start in range(0, size, step):
        n = min(step, size - start)
        out[start:start + n] = _urandom.randbytes(n)
    return bytes(out)


def strerror(code):
    messages = {0: 'Success', 1: 'Operation not permitted', 2: 'No such file or directory',
                13: 'Permission denied', 17: 'File exists', 20: 'Not a directory',
                21: 'Is a directory', 22: 'Invalid argument'}
    return messages.get(code, 'Unknown error %d' % code)


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


def _refuse(fname, owner='os'):
    """A stand-in for owner.fname() (a function or a method) that refuses
    with the sandbox's message (pathlib uses it for Path's file methods)."""
    def refused(*args, **kwargs):
        raise PermissionError("%s.%s() is not available: %s" % (owner, fname, _SANDBOX))
    refused.__name__ = fname
    refused.__qualname__ = fname if owner == 'os' else owner + '.' + fname
    return refused


for _name in (
        'listdir', 'scandir', 'walk', 'fwalk', 'stat', 'lstat', 'fstat', 'access',
        'chdir', 'fchdir', 'chmod', 'chown', 'lchown', 'chroot', 'mkdir', 'makedirs',
        'mkfifo', 'mknod', 'remove', 'unlink', 'rmdir', 'removedirs', 'rename',
        'renames', 'replace', 'link', 'symlink', 'readlink', 'truncate', 'utime',
        'open', 'close', 'read', 'write', 'pipe', 'dup', 'dup2', 'lseek', 'fsync',
        'fdopen', 'popen', 'system', 'fork', 'forkpty', 'kill', 'killpg', 'wait',
        'waitpid', 'abort', 'nice', 'execl', 'execle', 'execlp', 'execlpe',
        'execv', 'execve', 'execvp', 'execvpe', 'spawnl', 'spawnle', 'spawnlp',
        'spawnlpe', 'spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'posix_spawn',
        'startfile', 'statvfs', 'setuid', 'setgid', 'umask', 'times', 'uname',
        'getloadavg', 'sync', 'listxattr', 'getxattr', 'setxattr', 'removexattr',
        'get_exec_path', 'sendfile', 'memfd_create', 'chflags', 'lchmod'):
    globals()[_name] = _refuse(_name)
del _name


def _exit(n):
    raise SystemExit(n)
