# str slices of ASCII and non-ASCII text: steps, negative and out-of-range
# bounds, empty results, and len() of each result.
texts = ["hello, world", "", "a", "héllo wörld ✓ 𝄞 end", "ascii then é"]
slices = [(None, None, None), (2, 8, None), (-5, None, None), (None, -3, None),
          (100, None, None), (-100, 3, None), (None, None, 2), (None, None, -1),
          (8, 2, -2), (3, 3, None), (1, 10, 3), (5, 100, None)]
for t in texts:
    for a, b, c in slices:
        s = t[a:b:c]
        print(repr(s), len(s), s == "".join(list(t)[a:b:c]))
class I:
    def __index__(self):
        return 2
print("abcdef"[I():], "abcdef"[:I()], "abcdef"[::I()])
print("abcdef"[True:], "abcdef"[2**70:], "abcdef"[-2**70:2])
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError", e)
try:
    "abc"["x":]
except TypeError as e:
    print("TypeError", e)
