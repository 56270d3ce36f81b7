import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
def h(t, v, tb):
    print('hook', t.__name__, v, type(tb).__name__, tb.tb_lineno)
sys.excepthook = h
def f():
    raise ValueError('x')
f()
