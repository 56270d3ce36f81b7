# pass as a placeholder body.
def todo():
    pass


class Empty:
    pass


for _ in range(3):
    pass
if True:
    pass
print(todo(), Empty.__name__)
