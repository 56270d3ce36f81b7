# globals() is the module namespace: update(), setdefault(), pop() and del
# on it create and remove global variables (a "dynamic variables" lesson).
for i in range(3):
    globals()['var%d' % i] = i * 10
print(var0, var1, var2)

globals().update(width=4, height=3)
print(width * height)

globals().setdefault('title', 'untitled')
globals().setdefault('width', 99)
print(title, width)

removed = globals().pop('var2')
print(removed, 'var2' in globals())
del globals()['var1']
try:
    print(var1)
except NameError as e:
    print('NameError:', e)

def configure(**settings):
    globals().update(settings)

configure(debug=True, level=2)
print(debug, level)
print(sorted(k for k in globals() if not k.startswith('__') and k != 'i'))
