# bytearray: the mutable bytes.
b = bytearray(b'abc')
print(b, len(b), b[0], b[1:], b == b'abc', b'abc' == b, bytearray(3), bytearray([1, 2]))
b.append(100)
b.extend(b'ef')
b.extend([103])
b[0] = 65
b[1:3] = b'BC'
print(b, b.pop(), b.pop(0), b)
del b[0]
b.insert(0, 120)
b.remove(120)
print(b, b.upper(), b.find(b'd'), b + b'!', b * 2, list(b))
b += b'zz'
print(b, type(b.upper()).__name__, type(b + b'x').__name__, bytes(b))
b.reverse()
print(b, b.copy() is b, bytearray.fromhex('41 42'))
b.clear()
print(b, bool(b))
for bad in (lambda: b.append(256), lambda: b.pop(), lambda: bytearray(b'a').remove(98),
            lambda: {bytearray(): 1}, lambda: bytearray('x'), lambda: b.__setitem__(0, 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
