"""What every path shares, whatever its flavour: operations on its name
(suffix, stem, with_stem, with_suffix), joining, pattern matching
(PurePathBase), and the file system methods, which scopewalk's sandbox
answers without touching a file (PathBase)."""

import os
from ._parsers import compile_pattern

__all__ = ['UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is called on
    a path object.
    """
    pass


class PurePathBase:
    """Base class for pure path objects."""

    __slots__ = ()

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self).replace(self.parser.sep, '/')

    @property
    def suffix(self):
        """The final component's last suffix, if any ('.tar' in '.tar.gz'
        is not one: that is suffixes)."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and not (suffix.startswith('.') and len(suffix) > 1):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    def match(self, path_pattern, *, case_sensitive=None):
        """
        Return True if this path matches the given pattern: a relative
        pattern is matched from the right, segment by segment.
        """
        if not isinstance(path_pattern, PurePathBase):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self.parser.sep == '/'
        path_parts = self.parts[::-1]
        pattern_parts = path_pattern.parts[::-1]
        if not pattern_parts:
            raise ValueError("empty pattern")
        if len(path_parts) < len(pattern_parts):
            return False
        if len(path_parts) > len(pattern_parts) and path_pattern.anchor:
            return False
        sep = path_pattern.parser.sep
        for part, pattern in zip(path_parts, pattern_parts):
            if compile_pattern(pattern, sep, case_sensitive)(part) is None:
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """
        Return True if this path matches the given glob-style pattern. The
        pattern is matched against the entire path ('**' spans segments).
        """
        if not isinstance(pattern, PurePathBase):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = self.parser.sep == '/'
        match = compile_pattern(pattern._pattern_str, pattern.parser.sep,
                                case_sensitive, recursive=True)
        return match(self._pattern_str) is not None


def _sandboxed(name):
    return os._refuse(name, 'Path')


def _no_file(name):
    def answer(self, *args, **kwargs):
        """False: scopewalk's sandbox shows no file."""
        return False
    answer.__name__ = name
    answer.__qualname__ = 'Path.' + name
    return answer


class PathBase(PurePathBase):
    """Base class for concrete path objects: in scopewalk's sandbox no file
    exists (exists(), is_file()... answer False) and what would read,
    write or list files raises PermissionError."""

    __slots__ = ()


for _name in ('exists', 'is_dir', 'is_file', 'is_mount', 'is_symlink', 'is_junction',
              'is_block_device', 'is_char_device', 'is_fifo', 'is_socket'):
    setattr(PathBase, _name, _no_file(_name))
for _name in ('stat', 'lstat', 'owner', 'group', 'readlink', 'samefile', 'open',
              'read_text', 'read_bytes', 'write_text', 'write_bytes', 'iterdir', 'glob',
              'rglob', 'walk', 'touch', 'mkdir', 'chmod', 'lchmod', 'unlink', 'rmdir',
              'rename', 'replace', 'symlink_to', 'hardlink_to'):
    setattr(PathBase, _name, _sandboxed(_name))
del _name
