# `import this`: the Zen of Python, printed once on first import.
import this
import this as again
print(again is this)
print([name for name in ('c', 'd', 'i', 's', '_ZEN') if name in vars(this)])
print(list(vars(this))[:9] == ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__', '__builtins__', 's'])
decoded = ''.join(this.d.get(ch, ch) for ch in this.s)
print(decoded.splitlines()[0], len(decoded.splitlines()), this.c, this.i)
