"""In-memory streams (scopewalk's own `io`): StringIO and BytesIO, with the
class names of the io hierarchy so isinstance() checks and annotations work.

Real files come from the built-in open(); this module re-exports it.
"""

import sys

__all__ = ['open', 'open_code', 'IOBase', 'RawIOBase',
           'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader',
           'BufferedWriter', 'BufferedRWPair', 'BufferedRandom', 'TextIOBase',
           'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
open_code = open
TextIOWrapper = type(sys.stdout)


def text_encoding(encoding, stacklevel=2):
    return encoding if encoding is not None else 'utf-8'


class UnsupportedOperation(OSError, ValueError):
    pass


# CPython implements these in the C module _io; their reprs say so.
__name__ = '_io'


class IOBase:
    """Base of every stream: context manager, iteration over lines, close()."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    closed = False

    def close(self):
        self.closed = True

    def flush(self):
        self._check_closed()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if len(line) == 0:   # (len: the interpreter's b'' is truthy)
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        """All remaining lines; with hint > 0, stop once that many characters are read."""
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} object at {hex(id(self))}>'


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported('detach')


class _MemoryStream:
    """Position bookkeeping shared by StringIO and BytesIO: the contents are a
    sequence (str pieces or a list of byte values) and a cursor into it."""

    def _seek(self, pos, whence):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size()
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def _read_span(self, size):
        # (start, end) of the next read of size items (all for None or < 0).
        total = self._size()
        start = min(self._pos, total)
        if size is None or size < 0:
            end = total
        else:
            end = min(total, start + size)
        self._pos = max(self._pos, end)
        return start, end


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory: write() to it (print(..., file=buf) works),
    getvalue() for everything written, or seek(0) and read it back."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        self._newline = newline
        self._value = ''
        self._tail = []      # text appended at the end, joined on demand
        self._length = 0
        self._pos = 0
        self.closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _size(self):
        return self._length

    def _text(self):
        if self._tail:
            self._value += ''.join(self._tail)
            self._tail = []
        return self._value

    def getvalue(self):
        self._check_closed()
        return self._text()

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._check_closed()
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        n = len(s)
        if not n:
            return 0
        if self._pos == self._length:
            # The common case (print, repeated writes): append cheaply.
            self._tail.append(s)
        else:
            text = self._text()
            if self._pos > self._length:
                text += '\0' * (self._pos - self._length)
            self._value = text[:self._pos] + s + text[self._pos + n:]
        self._pos += n
        self._length = max(self._length, self._pos)
        return n

    def read(self, size=-1):
        self._check_closed()
        start, end = self._read_span(size)
        return self._text()[start:end]

    def __iter__(self):
        # A generator over readline(), so that running out ends a for loop
        # quietly, as CPython's C StringIO does (a Python __next__ raising
        # StopIteration shows up as an exception event in the caller's trace).
        self._check_closed()
        return self._lines()

    def _lines(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def readline(self, size=-1):
        self._check_closed()
        text = self._text()
        start = min(self._pos, len(text))
        end = text.find('\n', start)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def seek(self, pos, whence=0):
        return self._seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        """Cut the contents to size (default: the current position); the
        position does not move."""
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'Negative size value {size}')
        if size < self._length:
            self._value = self._text()[:size]
            self._length = size
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        self.closed = True
        self._value, self._tail = '', []

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream in memory; the contents are kept in a bytearray."""

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def __init__(self, initial_bytes=b''):
        self._data = bytearray(initial_bytes) if initial_bytes else bytearray()
        self._pos = 0
        self._views = []     # weak references to the views getbuffer() lent
        self.closed = False

    def _size(self):
        return len(self._data)

    def _check_exports(self):
        # CPython refuses to change the buffer while a view of it is alive
        # (the view would see freed memory); a view goes with release(), the
        # end of its with block, or its last reference.
        if self._views:
            self._views = [r for r in self._views if (v := r()) is not None and not v._released]
            if self._views:
                raise BufferError('Existing exports of data: object cannot be re-sized')

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._check_closed()
        from _memoryview import memoryview
        return memoryview._lend(_BytesIOBuffer(self))

    def getvalue(self):
        self._check_closed()
        return bytes(self._data)

    def write(self, b):
        if not isinstance(b, _BYTES_TYPES) and type(b).__name__ != 'memoryview':
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        self._check_closed()
        self._check_exports()
        values = b if type(b) is bytes else bytes(b)
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        self._data[self._pos:self._pos + len(values)] = values
        self._pos += len(values)
        return len(values)

    def writelines(self, lines):
        self._check_closed()
        self._check_exports()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_closed()
        start, end = self._read_span(size)
        return bytes(self._data[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        start = min(self._pos, len(self._data))
        end = self._data.find(b'\n', start)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(self._data[start:end])

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1:
            self._pos = max(0, self._pos + pos)
            return self._pos
        if whence == 2:
            self._pos = max(0, len(self._data) + pos)
            return self._pos
        return self._seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        self._check_exports()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'negative size value {size}')
        del self._data[size:]
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def close(self):
        self._check_exports()
        self.closed = True
        self._data = bytearray()

    def __getstate__(self):
        self._check_closed()
        return (self.getvalue(), self._pos, None)

    def __setstate__(self, state):
        self._check_exports()
        self._data = bytearray(state[0])
        self._pos = state[1]


class _BytesIOBuffer:
    """What a BytesIO lends its views (memoryview.obj): the stream's own
    bytes, so writing through the view changes getvalue()."""

    def __init__(self, stream):
        self._stream = stream

    def _export(self, view):
        import weakref
        self._stream._views.append(weakref.ref(view))

    def __len__(self):
        return len(self._stream._data)

    def __getitem__(self, key):
        return self._stream._data[key]

    def __setitem__(self, key, value):
        self._stream._data[key] = value


__name__ = 'io'

# bytearray/memoryview only where the interpreter has them as types.
_BYTES_TYPES = tuple(t for t in (bytes, bytearray, memoryview) if isinstance(t, type))

# Names that exist in CPython's io but have no in-memory meaning here.
FileIO = RawIOBase
BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = BufferedIOBase
IncrementalNewlineDecoder = object
