# Long results of repetition and padding are built at memory speed, as in
# CPython (in the release build 'a' * 10**9 took over 20 s and padding to a
# width of 10**8 took 35 s); the sizes here suit the debug-build test suite.
s = "a" * 10**6
print(len(s), s[:3], s[-3:])
t = "\u00e9b" * (5 * 10**5)
print(len(t), t[:4], t[-4:])
print(len("x".center(10**6)), len("x".zfill(10**6)), "-7".zfill(12))
print(len(f"{1:>{10**6}}"), len("%*d" % (10**6, 1)), len("%-*s" % (10**6, "a")))
L = [0] * 10**6
print(len(L), L[-1])
M = [1, "two", None] * (10**5)
print(len(M), M[-3:], M[3:6])
print(len(b"ab" * 10**6), (1, 2) * 3, [[]] * 2)
