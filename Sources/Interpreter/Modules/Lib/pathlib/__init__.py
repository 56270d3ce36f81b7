"""Object-oriented filesystem paths.

This module provides classes to represent abstract paths and concrete
paths with operations that have semantics appropriate for different
operating systems.
"""

# scopewalk's pathlib, as CPython 3.13's: every pure operation of
# PurePath/PurePosixPath/PureWindowsPath; Path works on paths too (cwd is the
# program's folder), but the sandbox has no files: exists(), is_file(),
# is_dir()... answer False and reading, writing or listing raises
# PermissionError, as os does.

from ._abc import *
from ._local import *

__all__ = (_abc.__all__ +
           _local.__all__)
