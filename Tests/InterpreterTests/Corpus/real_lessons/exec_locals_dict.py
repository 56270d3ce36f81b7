# exec(code, globals, locals): the names the code binds land in the locals dict.
rate = 2
scratch = {}
exec("total = rate * 21\nlabel = 'answer'", globals(), scratch)
print(scratch, 'total' in globals())

ns = {}
exec("def helper(n):\n    return n + 1\nresult = helper(41)", globals(), ns)
print(sorted(ns), ns['result'], 'helper' in globals())

exec("rate = 3", globals(), scratch)
print(rate, scratch['rate'])

print(eval("x * y", {}, {'x': 6, 'y': 7}))
exec("w = len('abc')", None, scratch)
print(scratch['w'], 'w' in globals())

exec("global counter\ncounter = 10\nlocal_only = 1", globals(), scratch)
print(counter, 'counter' in scratch, scratch['local_only'])

def run_snippet(src):
    env = {}
    exec(src, globals(), env)
    return env
print(run_snippet("a = 1\nb = a + rate"), 'a' in globals())

loc = {'step': 5}
exec("value = base + step\ndel step", {'base': 100}, loc)
print(loc)
