"""collections.abc: the container ABCs (they live in _collections_abc so that
collections itself can use them without importing its own submodule)."""

from _collections_abc import *
from _collections_abc import __all__
