rows = [(b"apple", 3, 0.5), (b"kiwi", 12, 0.25), (b"watermelon", 1, 3.0)]
print(b"%-12s%5s%8s" % (b"item", b"qty", b"price"))
for name, qty, price in rows:
    print(b"%-12s%5d%8.2f" % (name, qty, price))
total = sum(q * p for _, q, p in rows)
print(b"%-12s%13.2f" % (b"total", total))
print(b"%05.1f|%-6.3s|%6x|%-6o|" % (3.14159, b"abcdef", 48879, 8))
