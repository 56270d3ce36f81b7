m = memoryview(bytearray(b'abcdef'))
print(len(m), m[-1], m[::-1].tobytes(), list(m[2:4]), m.tolist()[:2])
m[::2] = b'XYZ'
print(m.obj, m.tobytes(), bytes(m), m.hex(':'), m.hex())
try:
    m[0] = 300
except ValueError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
try:
    memoryview('str')
except TypeError as e:
    print(e)
try:
    m[0:2] = b'abc'
except ValueError as e:
    print(e)
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
print(type(memoryview(b'')).__name__, memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') == b'ac')
