"""unittest.main(): load the tests of a module (by default __main__), run
them with a TextTestRunner and exit with the outcome."""

import sys
from unittest import loader, runner

__unittest = True

_NO_TESTS_EXITCODE = 5

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [--durations N] [-f] [-c] [-b]
%(pad)s [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""


class TestProgram:
    """A command-line program that runs a set of tests."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = sys.modules.get(module)
            if self.module is None:
                self.module = __import__(module)
                for part in module.split('.')[1:]:
                    self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = getattr(sys, 'argv', None) or ['python']
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not getattr(sys, 'warnoptions', None):
            # Deprecations are shown during the tests unless told otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].replace('\\', '/').split('/')[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        pad = ' ' * (len(self.progName) + 7)
        print(USAGE % {'prog': self.progName, 'pad': pad[:-1]}, end='', file=sys.stderr)
        if msg:
            print(msg, file=sys.stderr)
        raise SystemExit(2)

    def parseArgs(self, argv):
        """The few options lessons use: -v, -q, -f, -b, -k PATTERN and
        test names (TestClass or TestClass.test_method)."""
        names = []
        patterns = []
        args = list(argv[1:])
        i = 0
        while i < len(args):
            a = args[i]
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif a in ('-b', '--buffer'):
                self.buffer = True
            elif a in ('-c', '--catch'):
                self.catchbreak = True
            elif a == '--locals':
                self.tb_locals = True
            elif a == '-k':
                i += 1
                if i >= len(args):
                    self.usageExit()
                patterns.append(loader._convert_name(args[i]))
            elif a.startswith('-k'):
                patterns.append(loader._convert_name(a[2:]))
            elif a == '--durations':
                i += 1
                self.durations = int(args[i])
            elif a in ('-h', '--help'):
                self.usageExit()
            elif a.startswith('-') and a != '-':
                self.usageExit('%s: error: unrecognized arguments: %s' % (self.progName, a))
            else:
                names.append(a)
            i += 1
        if patterns:
            self.testNamePatterns = patterns
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals,
                                                 durations=self.durations)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            elif self.result.wasSuccessful():
                sys.exit(0)
            else:
                sys.exit(1)


main = TestProgram
