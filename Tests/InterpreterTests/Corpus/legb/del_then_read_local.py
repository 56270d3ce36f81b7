# del unbinds a local; reading it afterwards is UnboundLocalError.
def f():
    x = 1
    print(x)
    del x
    print(x)


f()
