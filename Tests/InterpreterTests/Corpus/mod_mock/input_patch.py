# corpus: no-trace (mock reprs show id() numbers)
# An exercism-style test: input() is patched with a list of answers.
from unittest.mock import patch
import unittest


def ask_ages():
    name = input("Name? ")
    age = int(input("Age? "))
    print(f"{name} will be {age + 1} next year")
    return name, age


class AgeTest(unittest.TestCase):
    def test_answers(self):
        with patch('builtins.input', side_effect=['Ada', '36']) as fake:
            self.assertEqual(ask_ages(), ('Ada', 36))
        self.assertEqual(fake.call_count, 2)
        fake.assert_called_with("Age? ")

    def test_print_captured(self):
        with patch('builtins.print') as fake_print:
            with patch('builtins.input', side_effect=['Bo', '9']):
                ask_ages()
        fake_print.assert_called_once_with("Bo will be 10 next year")

    def test_runs_out(self):
        with patch('builtins.input', side_effect=['Cy']):
            with self.assertRaises(StopIteration):
                ask_ages()

    def test_bad_number(self):
        with patch('builtins.input', side_effect=['Di', 'ten']):
            with self.assertRaises(ValueError) as cm:
                ask_ages()
        print(cm.exception)


unittest.main(exit=False, verbosity=2)
import builtins
print(input is builtins.input, input.__name__)
