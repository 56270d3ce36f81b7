# self.count += 1 reads the class attribute but writes an instance attribute.
class Visitor:
    count = 0

    def visit_wrong(self):
        self.count += 1

    def visit_right(self):
        Visitor.count += 1


v = Visitor()
v.visit_wrong()
v.visit_wrong()
print(v.count, Visitor.count)
w = Visitor()
w.visit_right()
w.visit_right()
print(w.count, Visitor.count, v.count)
