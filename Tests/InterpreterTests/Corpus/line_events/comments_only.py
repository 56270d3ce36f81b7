# Only comments and blank lines: CPython reports a line event at line 0.

# (nothing runs)
