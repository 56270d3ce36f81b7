"""TestResult: collects the outcome of each test (failures, errors, skips)
and turns exceptions into the report text, without unittest's own frames."""

import sys
import traceback
from unittest.util import strclass

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


class _Capture:
    """What sys.stdout/sys.stderr become while a buffered test runs."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)

    def reset(self):
        self.parts = []


class TestResult:
    """Holder for test result information."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = getattr(sys, 'stdout', None)
        self._original_stderr = getattr(sys, 'stderr', None)
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = _Capture()
                self._stdout_buffer = _Capture()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = self._stdout_buffer.getvalue()
                error = self._stderr_buffer.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.reset()
            self._stderr_buffer.reset()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """An unexpected exception: err is (type, value, traceback)."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """A failed assertion: err is (type, value, traceback)."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report text of an exception, as TracebackException formats it."""
        exctype, value, tb = err
        te = traceback.TracebackException(exctype, value, tb,
                                          capture_locals=self.tb_locals, compact=True)
        self._clean(te, exctype, value, tb, test, set())
        msgLines = list(te.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def _clean(self, te, exctype, value, tb, test, seen):
        """Drop the runner's frames before the test's own, and for assertion
        failures the assert method's frames after them (in te and in the
        exceptions chained to it)."""
        if id(value) in seen:
            return
        seen.add(id(value))
        pairs = list(traceback._walk_tb_with_full_positions(tb))
        while pairs and _is_unittest_frame(pairs[0][0]):
            pairs.pop(0)
        if exctype is test.failureException:
            for i in range(len(pairs)):
                if _is_unittest_frame(pairs[i][0]):
                    if i > 0:
                        pairs = pairs[:i]
                    break
        te.stack = traceback.StackSummary.extract(pairs, capture_locals=self.tb_locals)
        if value is None:
            return
        if te.__cause__ is not None and value.__cause__ is not None:
            c = value.__cause__
            self._clean(te.__cause__, type(c), c, c.__traceback__, test, seen)
        if te.__context__ is not None and value.__context__ is not None:
            c = value.__context__
            self._clean(te.__context__, type(c), c, c.__traceback__, test, seen)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


def _is_unittest_frame(frame):
    # unittest's modules set __unittest in their globals.
    if frame is None:
        return False
    try:
        return '__unittest' in frame.f_globals
    except AttributeError:
        return False
