import sys
def h(t, v, tb):
    print('hook running')
    1/0
sys.excepthook = h
raise KeyError('k')
