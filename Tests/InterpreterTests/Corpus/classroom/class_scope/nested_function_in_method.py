# A function nested in a method closes over the method's locals, including self.
class Report:
    def __init__(self, title):
        self.title = title

    def render(self, rows):
        width = max(len(r) for r in rows)

        def line(text):
            return f"{self.title}: {text:<{width}}|"

        return [line(r) for r in rows]


for out in Report("log").render(["a", "bbb", "cc"]):
    print(out)
