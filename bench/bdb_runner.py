"""Run a program under CPython's bdb with one breakpoint armed, as pdb would.

Usage: python3 bench/bdb_runner.py LINE PROGRAM

This is the reference point for scopewalk's "debugger attached, breakpoint
armed but never hit" mode. It does what `python3 -m pdb PROGRAM` followed by
`break LINE` and `continue` does, without the interactive prompt:

* `Bdb.run()` installs the trace function (sys.settrace) and stops at the
  program's first line, where pdb would prompt;
* there we call `set_continue()`, as pdb's `continue` does. Because a
  breakpoint exists, bdb keeps tracing: every frame of the program's file gets
  line events checked against the breakpoint table, which is the cost being
  measured.

The program's output goes to stdout unchanged. If the breakpoint is ever hit,
a note goes to stderr (the bench programs place it on a line never executed),
and execution continues. Exit status: 0, 1 if the program raised, 2 on bad
usage or when the breakpoint cannot be set.
"""

import bdb
import os
import sys
import traceback


class ArmedBreakpointRunner(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.hits = 0

    def user_line(self, frame):
        # Called for the first line (stop-on-entry, where pdb prompts) and for
        # breakpoint hits. Either way, resume like pdb's `continue`.
        if self.break_here(frame):
            self.hits += 1
            print(f"bdb_runner: breakpoint hit at line {frame.f_lineno}",
                  file=sys.stderr)
        self.set_continue()

    def user_return(self, frame, return_value):
        pass

    def user_exception(self, frame, exc_info):
        pass


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit():
        print("usage: bdb_runner.py LINE PROGRAM", file=sys.stderr)
        return 2
    line = int(argv[1])
    path = os.path.abspath(argv[2])
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")

    runner = ArmedBreakpointRunner()
    error = runner.set_break(runner.canonic(path), line)
    if error:
        print(f"bdb_runner: cannot set breakpoint: {error}", file=sys.stderr)
        return 2

    # Run the program as __main__ with its own directory first on sys.path,
    # as `python3 PROGRAM` and pdb do.
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    # A fresh namespace named __main__ (this runner itself is the real
    # __main__ module, so its dict cannot be cleared as pdb does).
    main_globals = {
        "__name__": "__main__",
        "__file__": path,
        "__builtins__": __builtins__,
        "__loader__": None,
        "__spec__": None,
    }
    try:
        runner.run(code, main_globals, main_globals)
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        sys.settrace(None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
