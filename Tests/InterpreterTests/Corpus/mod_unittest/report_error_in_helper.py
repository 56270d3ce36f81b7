import unittest

def average(values):
    return sum(values) / len(values)

def parse_grade(text):
    name, score = text.split(":")
    return name.strip(), int(score)

class GradeTests(unittest.TestCase):
    def test_average(self):
        self.assertAlmostEqual(average([1, 2, 3]), 2)

    def test_average_empty(self):
        self.assertEqual(average([]), 0)

    def test_parse(self):
        self.assertEqual(parse_grade("ann: 90"), ("ann", 90))

    def test_parse_bad(self):
        self.assertEqual(parse_grade("bob 80"), ("bob", 80))

    def test_parse_number(self):
        self.assertEqual(parse_grade("cy: nine")[1], 9)

import io, re
stream = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream))
text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
print(re.sub(r'File ".*/', 'File "', text))
