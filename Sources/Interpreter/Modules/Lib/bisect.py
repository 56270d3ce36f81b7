"""Bisection algorithms on sorted sequences (scopewalk's own `bisect`).

The functions are native (Modules/bisect/BisectModule.swift), as CPython's _bisect.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

from _bisect import bisect_left, bisect_right, insort_left, insort_right

# The plain names are the "right" variants.
bisect = bisect_right
insort = insort_right
