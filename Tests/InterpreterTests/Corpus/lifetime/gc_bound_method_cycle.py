# A bound method stored on its own instance makes a cycle (instance ->
# method -> instance), as does an instance that holds a lambda over itself.
import gc


class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.click

    def click(self):
        return "clicked " + self.label

    def __del__(self):
        print("del", self.label)


gc.collect()
b = Button("ok")
print(b.on_click())
del b
print("bound method cycle", gc.collect())


class Widget:
    def __init__(self):
        self.callback = lambda: self


w = Widget()
print(w.callback() is w)
del w
print("lambda cycle", gc.collect())
