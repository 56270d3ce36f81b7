import io
import re
import unittest

def total_price(items, tax):
    return sum(price * qty for price, qty in items) * (1 + tax)

class Multi(unittest.TestCase):
    def test_multiline_call(self):
        self.assertEqual(
            total_price([(2.0, 3), (1.5, 2)], 0.1),
            10,
        )

    def test_binop_error(self):
        values = [1, 2, "3"]
        total = values[0] + values[1] + values[2]
        self.assertEqual(total, 6)

    def test_subscript_error(self):
        grid = [[1, 2], [3, 4]]
        self.assertEqual(grid[1][2], 4)

    def test_dict_chain(self):
        config = {"db": {"host": "x"}}
        port = config["db"]["port"]

    def test_return_call(self):
        def helper(n):
            return int(n)
        def outer():
            return helper("seven")
        outer()

stream = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream))
text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
print(re.sub(r'File ".*/', 'File "', text))
