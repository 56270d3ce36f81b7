# An object dropped just before an exception leaves the frame is finalized
# before the frame returns to its tracer (fuzz-language seed 40136).
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('R del', self.n)
def f(a):
    try:
        assert a < 0, 'm'
    finally:
        r = R(a)
        r = None
def g():
    x = R(5)
    x = None
    raise ValueError('v')
for fn in (lambda: f(1), g):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
