# corpus: no-trace (mock reprs show id() numbers)
import unittest
from unittest import mock
import random


def roll():
    return random.randint(1, 6)


def play():
    total = roll() + roll()
    return "win" if total > 7 else "lose"


class GameTest(unittest.TestCase):
    @mock.patch('__main__.roll', side_effect=[6, 5])
    def test_win(self, fake_roll):
        self.assertEqual(play(), "win")
        self.assertEqual(fake_roll.call_count, 2)

    @mock.patch('random.randint', return_value=1)
    def test_lose(self, fake_randint):
        self.assertEqual(play(), "lose")
        fake_randint.assert_called_with(1, 6)

    def test_fails_on_purpose(self):
        with mock.patch('__main__.roll', return_value=3) as r:
            play()
        r.assert_called_once()

    def test_assert_message(self):
        m = mock.Mock()
        m(1)
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_with(2)
        print(cm.exception)


@mock.patch('__main__.roll', return_value=4)
class PatchedClass(unittest.TestCase):
    def test_one(self, r):
        self.assertEqual(play(), "win")

    def test_two(self, r):
        r.return_value = 1
        self.assertEqual(play(), "lose")

    def helper(self):
        return "not patched"


unittest.main(exit=False, verbosity=2)
print(PatchedClass.helper(None))
