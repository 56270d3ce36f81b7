import unittest

class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if price < 0:
            raise ValueError("price must be non-negative")
        self.items[name] = (price, self.items.get(name, (0, 0))[1] + qty)

    def total(self):
        return sum(p * q for p, q in self.items.values())

class TestCart(unittest.TestCase):
    def setUp(self):
        self.cart = Cart()

    def test_empty(self):
        self.assertEqual(self.cart.total(), 0)

    def test_add_one(self):
        self.cart.add("apple", 0.5, 4)
        self.assertEqual(self.cart.total(), 2.0)

    def test_total_wrong(self):
        self.cart.add("pear", 1.25, 2)
        self.assertEqual(self.cart.total(), 2.0)

    def test_negative(self):
        with self.assertRaises(ValueError):
            self.cart.add("bad", -1)

    def test_items_dict(self):
        self.cart.add("a", 1)
        self.cart.add("b", 2)
        self.assertEqual(self.cart.items, {"a": (1, 1), "b": (2, 2)})

if __name__ == "__main__":
    import io, re
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
    text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
