# Old-style "%s" % (a, b) formatting, as many OOP lessons write __str__.
# CPython compiles it as an f-string; a trace shows the def line first.
class Book:
    def __init__(self, title, author, pages):
        self.title = title
        self.author = author
        self.pages = pages

    def __str__(self):
        return "Title: %s, author: %s, pages: %s" % (self.title, self.author, self.pages)

    def __repr__(self):
        return "Book(%r, %r)" % (self.title, self.pages)

def report(name, score):
    line = "%-8s|%5s|%.3s" % (name, score, score / 3)
    return line

def percent(x):
    return "%s%% done" % (x,)

book = Book("Python Rocks!", "Jose Portilla", 159)
print(book)
print(repr(book), [book])
print(report("ada", 97), report("bob", 5))
print(percent(40), "%d items" % (3,), "%s" % ((1, 2),))
try:
    print("%s and %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
