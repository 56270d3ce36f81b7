# A class can decide how it is copied with __copy__ and __deepcopy__.
import copy


class Document:
    def __init__(self, title, pages):
        self.title = title
        self.pages = pages
        self.version = 1

    def __copy__(self):
        print("  __copy__")
        new = Document(self.title, self.pages)
        new.version = self.version + 1
        return new

    def __deepcopy__(self, memo):
        print("  __deepcopy__")
        return Document(self.title + " (copy)", copy.deepcopy(self.pages))


doc = Document("notes", ["p1", ["p2a", "p2b"]])
a = copy.copy(doc)
b = copy.deepcopy(doc)
print(a.title, a.version, a.pages is doc.pages)
print(b.title, b.version, b.pages is doc.pages, b.pages[1] is doc.pages[1])
print(copy.copy(a).version)
