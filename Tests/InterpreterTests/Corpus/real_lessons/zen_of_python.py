# `import this`: the Zen of Python, printed once on first import.
import this
import this as again
print(again is this)
print(sorted(name for name in vars(this) if not name.startswith('__')))
decoded = ''.join(this.d.get(ch, ch) for ch in this.s)
print(decoded.splitlines()[0], len(decoded.splitlines()), this.c, this.i)
