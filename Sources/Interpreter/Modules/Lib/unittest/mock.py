"""unittest.mock: Mock objects and patching, as CPython 3.13 has them.

The pieces live in _mock_calls (sentinel, ANY, call), _mock_base (the mock
classes and their assertions) and _mock_patch (patch, mock_open,
create_autospec). Left out: seal(), ThreadingMock, AsyncMock's await
assertions, and the signature-aware call comparison autospec'd methods
get in CPython."""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

from unittest._mock_calls import sentinel, DEFAULT, ANY, call, _Call, _CallList
from unittest._mock_base import (NonCallableMock, CallableMixin, Mock, MagicMock,
                                 NonCallableMagicMock, MagicMixin, MagicProxy,
                                 PropertyMock, AsyncMock)
from unittest._mock_patch import patch, mock_open, create_autospec, _patch

FILTER_DIR = True


def seal(mock):
    """Left out in scopewalk: a sealed mock would refuse new attributes."""
    raise NotImplementedError('seal() is not available in scopewalk')
