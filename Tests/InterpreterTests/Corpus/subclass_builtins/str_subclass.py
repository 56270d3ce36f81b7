# A str subclass: a real str to every str function, with methods of its own.
class Word(str):
    def shout(self):
        return self.upper() + "!"

    def vowels(self):
        return sum(1 for c in self if c in "aeiou")


w = Word("banana")
print(w, repr(w), len(w), w.shout(), w.vowels())
print(isinstance(w, str), type(w).__name__, type(w.upper()).__name__, type(w + "s").__name__)
print(w[0], w[1:3], w.count("a"), w.replace("a", "o"), w.split("n"))
print("-".join([w, Word("split")]), f"{w}|{w:>8}|{w!r}", "%s!" % w)
print(str(w), type(str(w)).__name__, w == "banana", "nan" in w, w < "cherry")
counts = {w: 1}
print(counts["banana"], hash(w) == hash("banana"), sorted([Word("b"), Word("a")]))
w.lang = "en"
print(w.lang, w.__dict__)


class Tag(str):
    def __str__(self):
        return "<" + self + ">"

    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"


t = Tag("b")
print(t, str(t), repr(t), [t], f"{t}", t + "old", t.upper())
