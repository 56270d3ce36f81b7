# bytes is a complete value type: equality, ordering, hashing, truth,
# concatenation, repetition, slicing, iteration and membership.
a = b'ab'
print(a == b'ab', a != b'ab', a == 'ab', a < b'abc', b'b' > b'abc', b'' < b'\x00')
print(a * 3, 3 * a, a + b'cd', bool(b''), bool(b'\x00'))
print(hash(b'ab') == hash(b'ab'), {b'x': 1}[b'x'], len({b'a', b'a', b'b'}))
print(a[0], a[-1], a[1:], a[::-1], list(b'xyz'), b'b' in a, 98 in a, b'ba' in a, b'' in a)
for c in b'hi':
    print(c)
print(bytes([65, 66, 67]), bytes(3), bytes(b'abc'), bytes('h\xe9', 'utf-8'), bytes(range(3)))
print(repr(b'\x00\n\'"\\'), str(b'x'), len(b'abc'))
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: b'a' + 'b', lambda: b'a'[5],
            lambda: bytes('x'), lambda: bytes(['a']), lambda: 'a' in b'abc', lambda: 300 in b'a',
            lambda: hash(bytearray(b'x')), lambda: b'a' < 'a', lambda: bytes(1.5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(b'', (bytes, bytearray)), isinstance(bytearray(), (bytes, bytearray)), isinstance(bytearray(), bytes))
print(sorted([b'b', b'a', b'ab']), max(b'azb'), b'abc'.__len__())
