import warnings
import sys

# Warnings shown on stdout (so the golden holds them), with the program's
# file name only (the absolute path depends on where the corpus lives).
def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(filename, filename.rsplit('/', 1)[-1]), end='')
warnings.showwarning = show
import unittest

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2

class TestOld(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_api(2), 4)
        print("caught:", cm.warning)
    def test_warns_regex(self):
        self.assertWarnsRegex(DeprecationWarning, r"new_api", old_api, 3)
    def test_not_triggered(self):
        try:
            with self.assertWarns(UserWarning):
                pass
        except AssertionError as e:
            print("failure message:", e)
    def test_shown_during_run(self):
        old_api(1)

import io, re
stream = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream))
print(re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue()), end="")
print("done")
