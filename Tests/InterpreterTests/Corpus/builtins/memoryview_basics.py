m = memoryview(b'abcdef')
print(m, m[0], m[1:3], m[1:3].tobytes(), len(m), m.tolist()[:3], bytes(m[::2]), m.readonly, m.format, m.itemsize, m.nbytes)
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = ord('J'); print(ba)
mv[1:3] = b'EE'; print(ba, mv.hex(), mv == b'JEElo')
try:
    m[0] = 1
except TypeError as e:
    print(e)
with memoryview(b'x') as q: print(q.tobytes())
print(memoryview(b'ab').cast('B').shape, memoryview(bytes(4)).cast('i').tolist())
