"""atexit for scopewalk: functions registered here run when the program
ends (after its last line, an uncaught exception's traceback, or
SystemExit), last registered first, as in CPython 3.13. An exception in one
is reported as "Exception ignored in atexit callback ..." and the others
still run. The interpreter calls _run_exitfuncs() at the end of
`scopewalk run` and `scopewalk trace` (untraced, as CPython's tracer has
stopped by then); the full-screen debugger does not run them.
"""

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination.

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using
    atexit.register"""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    """Clear the list of previously registered exit functions."""
    del _callbacks[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first."""
    import sys
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            stderr = sys.stderr
            stderr.write("Exception ignored in atexit callback %r:\n" % (func,))
            # CPython's unraisable-exception report: no caret lines.
            stderr.write("Traceback (most recent call last):\n")
            for fs in traceback.extract_tb(e.__traceback__.tb_next):
                stderr.write('  File "%s", line %d, in %s\n' % (fs.filename, fs.lineno, fs.name))
                if fs.line:
                    stderr.write('    %s\n' % fs.line.strip())
            stderr.write(''.join(traceback.format_exception_only(type(e), e)))
            e = None
