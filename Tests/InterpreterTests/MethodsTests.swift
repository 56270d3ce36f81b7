// Methods of the built-in types (str, list, tuple, dict, set, frozenset)
// and the math, random and time modules, checked against CPython 3.13:
// every expected output below was printed by
// /root/.pyenv/versions/3.13.0/bin/python3 running the same program
// (generated from a snippet table; tests do not need python3 to run).
// Sets are printed sorted: the hash-table layout is not what is tested here.

import Interpreter
import XCTest

final class MethodsTests: XCTestCase {
    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let io = CapturedIO()
        let status = Interpreter.run(source: source, filename: "<test>", io: io)
        XCTAssertEqual(io.stderr, "", "stderr", file: file, line: line)
        XCTAssertEqual(status, 0, "exit status", file: file, line: line)
        let got = io.stdout.hasSuffix("\n") ? String(io.stdout.dropLast()) : io.stdout
        if got != expected {
            let e = expected.components(separatedBy: "\n"), g = got.components(separatedBy: "\n")
            for i in 0..<max(e.count, g.count) where (i < e.count ? e[i] : nil) != (i < g.count ? g[i] : nil) {
                XCTFail("line \(i + 1):\n  expected: \(i < e.count ? e[i] : "<end>")\n  got:      \(i < g.count ? g[i] : "<end>")", file: file, line: line)
                break
            }
        }
    }

    /// Uncaught errors from methods end the program with CPython's last
    /// traceback line and status 1.
    func testUncaughtMethodErrors() {
        let cases: [(String, String)] = [
            ("print([1, 2].pop())\nd = {}\nd.popitem()\n", "KeyError: 'popitem(): dictionary is empty'"),
            ("import random\nrandom.choice([])\n", "IndexError: Cannot choose from an empty sequence"),
            ("import math\nmath.sqrt(-1)\n", "ValueError: math domain error"),
            ("'a'.join([1])\n", "TypeError: sequence item 0: expected str instance, int found"),
            ("'{}'.format()\n", "IndexError: Replacement index 0 out of range for positional args tuple"),
            ("sorted_list = [1, 'two', 3]\nsorted_list.sort()\n", "TypeError: '<' not supported between instances of 'str' and 'int'"),
            ("'é'.encode('ascii')\n", "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        ]
        for (source, last) in cases {
            let io = CapturedIO()
            let status = Interpreter.run(source: source, filename: "<test>", io: io)
            XCTAssertEqual(status, 1, source)
            let lines = io.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.last, last, source)
        }
    }

    func testStrCaseAndPredicates() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello World ß"
for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
    print(m, getattr(s, m)())
print("they're bill's".title(), "ǆ".title(), "İ".lower() == "i\u0307")
for w in ("123", "½", "²", "abc", "a1", " \t", "", "Ab Cd", "ABC", "abc", "_x1", "1x", "a\x00", "héllo"):
    print(repr(w), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalpha(), w.isalnum(), w.isspace(),
          w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
t(lambda: "a".upper(1))
t(lambda: str.upper(5))
t(lambda: str.upper())
t(lambda: "a".isdigit(x=1))

"""#, #"""
upper HELLO WORLD SS
lower hello world ß
title Hello World Ss
capitalize Hello world ß
swapcase HELLO wORLD SS
casefold hello world ss
They'Re Bill'S ǅ True
'123' True True True False True False False False False False True True
'½' False False True False True False False False False False True False
'²' True False True False True False False False False False True False
'abc' False False False True True False False True False True True True
'a1' False False False False True False False True False True True True
' \t' False False False False False True False False False False False True
'' False False False False False False False False False False True True
'Ab Cd' False False False False False False False False True False True True
'ABC' False False False True True False True False False True True True
'abc' False False False True True False False True False True True True
'_x1' False False False False False False False True False True True True
'1x' False False False False True False False True False False True True
'a\x00' False False False False False False False True False False False True
'héllo' False False False True True False False True False True True False
TypeError: str.upper() takes no arguments (1 given)
TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
TypeError: unbound method str.upper() needs an argument
TypeError: str.isdigit() takes no keyword arguments
"""#)
    }

    func testStrSearch() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "Mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.rfind("ss"), s.find("x"), s.find(""), s.rfind(""))
print(s.index("si"), s.rindex("si"), s.count("s"), s.count("ss"), s.count(""), s.count("", 20), s.count("s", -4))
print(s.find("i", -3), s.find("i", None, 2), s.find("p", 10**30), s.count("i", 0, -1))
print(s.startswith("Miss"), s.startswith(("x", "Mi")), s.startswith("ss", 2), s.endswith("pi"), s.endswith("ss", 0, 4), "x".startswith("", 5))
t(lambda: s.index("xyz"))
t(lambda: s.rindex("xyz", 2))
t(lambda: s.find())
t(lambda: s.find(1))
t(lambda: s.count("s", "x"))
t(lambda: s.find("s", start=1))
t(lambda: s.startswith(1))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.endswith("i", 1, 2, 3))

"""#, #"""
2 5 -1 5 -1 0 11
3 6 4 2 12 0 0
10 1 -1 3
True True True True True False
ValueError: substring not found
ValueError: substring not found
TypeError: find expected at least 1 argument, got 0
TypeError: find() argument 1 must be str, not int
TypeError: slice indices must be integers or None or have an __index__ method
TypeError: str.find() takes no keyword arguments
TypeError: startswith first arg must be str or a tuple of str, not int
TypeError: tuple for startswith must only contain str, not int
TypeError: endswith expected at most 3 arguments, got 4
"""#)
    }

    func testStrSplitJoinStrip() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("a,b,,c".split(","), "a,b,c".split(",", 1), "  a  b  c ".split(), " a b c ".split(None, 1), "a b".split(maxsplit=0))
print("a,b,c".rsplit(",", 1), "  a b c  ".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc"))
print("a\r\nb\rc\nd\x0be\u2028f".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "a\n\nb".splitlines(keepends=False))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(3)), "+".join({"k": 1, "j": 2}), "x".join(""))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("www.example.com".lstrip("cmowz.")), repr("a  ".rstrip()), repr("abc".strip("")), repr("\t a \n".strip(None)))
print("a=b=c".partition("="), "abc".partition("="), "a=b=c".rpartition("="), "abc".rpartition("="))
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("ss", "SS", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "b", count=2), "x".replace("x", "y", -1))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix(""), "abc".removesuffix("x"))
t(lambda: "".join([1]))
t(lambda: "".join(["a", 2]))
t(lambda: "".join(5))
t(lambda: "".join())
t(lambda: "a".split(""))
t(lambda: "a".split(1))
t(lambda: "a".split(",", 1, 2))
t(lambda: "a".split(x=1))
t(lambda: "a".split(maxsplit=None))
t(lambda: "a".strip(1))
t(lambda: "a".rstrip("a", "b"))
t(lambda: "a".partition(""))
t(lambda: "a".partition(1))
t(lambda: "a".replace("a"))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".splitlines(x=1))

"""#, #"""
['a', 'b', '', 'c'] ['a', 'b,c'] ['a', 'b', 'c'] ['a', 'b c '] ['a b']
['a,b', 'c'] ['  a b', 'c'] [] [''] ['', '']
['a', 'b', 'c', 'd', 'e', 'f'] ['x\n', 'y\n'] [] ['a', '', 'b']
a-b-c cba 0, 1, 2 k+j 
'pad' 'hi' 'example.com' 'a' 'abc' 'a'
('a', '=', 'b=c') ('abc', '', '') ('a=b', '=', 'c') ('', '', 'abc')
MiSSiSSippi MiSSissippi -a-b-c- -a-bc bba y
name name abc abc
TypeError: sequence item 0: expected str instance, int found
TypeError: sequence item 1: expected str instance, int found
TypeError: can only join an iterable
TypeError: str.join() takes exactly one argument (0 given)
ValueError: empty separator
TypeError: must be str or None, not int
TypeError: split() takes at most 2 arguments (3 given)
TypeError: split() got an unexpected keyword argument 'x'
TypeError: 'NoneType' object cannot be interpreted as an integer
TypeError: strip arg must be None or str
TypeError: rstrip expected at most 1 argument, got 2
ValueError: empty separator
TypeError: must be str, not int
TypeError: replace() takes at least 2 positional arguments (1 given)
TypeError: replace() argument 1 must be str, not int
TypeError: 'str' object cannot be interpreted as an integer
TypeError: removeprefix() argument must be str, not int
TypeError: splitlines() got an unexpected keyword argument 'x'
"""#)
    }

    func testStrShape() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr("ab".center(7, "*")), repr("ab".center(6, "*")), repr("abc".center(6)), repr("a".ljust(4, "é")), repr("a".rjust(3)), repr("abc".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(3), "abc".zfill(-1), repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(tabsize=0)), repr("ab\n\tc".expandtabs(3)))
t(lambda: "a".ljust())
t(lambda: "a".ljust(5, "ab"))
t(lambda: "a".ljust(5, 1))
t(lambda: "a".ljust("x"))
t(lambda: "a".center(10**30))
t(lambda: "a".zfill())
t(lambda: "a".expandtabs("x"))
t(lambda: "a".expandtabs(10**30))
t(lambda: "a".center(4, fillchar="x"))

"""#, #"""
'***ab**' '**ab**' ' abc  ' 'aééé' '  a' 'abc'
00042 -0042 +04 abc 'a       bc      d' 'a   b' 'ab' 'ab\n   c'
TypeError: ljust expected at least 1 argument, got 0
TypeError: The fill character must be exactly one character long
TypeError: The fill character must be a unicode character, not int
TypeError: 'str' object cannot be interpreted as an integer
OverflowError: Python int too large to convert to C ssize_t
TypeError: str.zfill() takes exactly one argument (0 given)
TypeError: 'str' object cannot be interpreted as an integer
OverflowError: Python int too large to convert to C int
TypeError: str.center() takes no keyword arguments
"""#)
    }

    func testStrCodecTranslate() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf8"), "é".encode(encoding="UTF-8"), "é€".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(str.maketrans("ab", "xy"), str.maketrans("ab", "xy", "c"), str.maketrans({"a": 1, 98: None}), "hello".translate(str.maketrans("el", "ip")))
print("hello world".translate({ord("o"): None, ord("l"): "L"}), "abc".translate("xyz"), "abc".translate([None, "B"]), "abc".translate({97: 66}))
t(lambda: "é".encode("ascii"))
t(lambda: "aéé".encode("ascii"))
t(lambda: "€".encode("latin-1"))
t(lambda: "a".encode("xyz"))
t(lambda: "a".encode(1))
t(lambda: "abc".translate({97: 5.0}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans())

"""#, #"""
b'h\xc3\xa9llo' b'abc' b'\xe9' b'\xc3\xa9' b'\xc3\xa9' b'??' b''
{97: 120, 98: 121} {97: 120, 98: 121, 99: None} {97: 1, 98: None} hippo
heLL wrLd abc abc Bbc
UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
LookupError: unknown encoding: xyz
TypeError: encode() argument 'encoding' must be str, not int
TypeError: character mapping must return integer, None or str
ValueError: character mapping must be in range(0x110000)
ValueError: the first two maketrans arguments must have equal length
TypeError: if you give only one argument to maketrans it must be a dict
TypeError: first maketrans argument must be a string if there is a second argument
ValueError: string keys in translate table must be of length 1
TypeError: keys in translate table must be strings or integers
TypeError: maketrans expected at least 1 argument, got 0
"""#)
    }

    func testStrDunders() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abc"
print(s.__len__(), s.__contains__("b"), s.__getitem__(1), s.__getitem__(slice(None, None, -1)), s.__add__("d"), s.__mul__(2), s.__rmul__(2), "%d-%s".__mod__((1, "x")))
print(list(s.__iter__()), s.__hash__() == hash(s), s.__str__(), s.__repr__(), s.__format__(">5"), str.__len__("xy"))
t(lambda: s.__add__(1))
t(lambda: s.__mul__("a"))
t(lambda: s.__contains__(1))
t(lambda: s.__getitem__(5))
t(lambda: s.__len__(1))

"""#, #"""
3 True b cba abcd abcabc abcabc 1-x
['a', 'b', 'c'] True abc 'abc'   abc 2
TypeError: can only concatenate str (not "int") to str
TypeError: 'str' object cannot be interpreted as an integer
TypeError: 'in <string>' requires string as left operand, not int
IndexError: string index out of range
TypeError: expected 0 arguments, got 1
"""#)
    }

    func testStrFormat() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    def __init__(self): self.x = 3; self.items = [10, 20]
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return "P<" + spec + ">"
p = P()
print("{0}, {1}, {0}".format("a", "b"), "{} {}".format(1, 2), "{name} is {age}".format(name="Ann", age=31))
print("{:<6}|{:^6}|{:>6}|{:*^7}".format("l", "c", "r", "mid"))
print("{:+d} {: d} {:#x} {:#o} {:#b} {:X} {:,} {:_d}".format(5, 5, 255, 8, 5, 255, 1234567, 10**6))
print("{:.3f} {:08.2f} {:e} {:.3g} {:%} {:.1%} {:g}".format(3.14159, -2.5, 12345.678, 0.00012345, 0.25, 1 / 3, 1e20))
print("{0.x} {0.items[1]} {0!r} {0!s} {0} {0:abc}".format(p), "{p.x:>{w}}|".format(p=p, w=5), "{!a}".format("naïve"))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:{}}|".format("x", 4), "{0[0]}{0[1]}".format("ab"), "{k[a]}".format(k={"a": "A"}), "{0[1]}".format({1: "int key"}))
print("{{literal}} {}".format("x"), "x{{}}y{{{0}}}".format(1), "{00}".format(7), "{:c}".format(65), "{!r:>6}".format("q"), "{}".format(None), "{:d}".format(True), "{}".format(True))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{0.real}{0.imag}".format(2), "{:,}".format(10**20), "{:x}".format(2**70), "{:.3}".format("abcdef"), "{:^7.2}|".format("abcdef"))
for f, a, k in [("{}", (), {}), ("{1}", (1,), {}), ("{a}", (), {}), ("{0.x}", (1,), {}), ("{0[5]}", ([1],), {}), ("{", (), {}), ("}", (), {}),
                ("{!x}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{:d}", ("a",), {}), ("{0:{1}}", (1,), {}),
                ("{0!}", (1,), {}), ("{0[}", (1,), {}), ("{0]}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0.}", (1,), {}), ("{0[]}", (1,), {}),
                ("{0!rr}", (1,), {}), ("{0:}}", (1,), {}), ("{ }", (1,), {}), ("{-1}", (1,), {}), ("{a[0]x}", (), {"a": [1]}), ("{0[-1]}", ([1, 2],), {}),
                ("{:>5}", (None,), {}), ("{:s}", (1,), {}), ("{0:=}", ("x",), {}), ("{x{}", (), {}), ("{!}", (1,), {}), ("{0!", (1,), {})]:
    t(lambda: f.format(*a, **k))
t(lambda: "{}".format_map({}))
t(lambda: "{a}".format_map({}))
t(lambda: "{a}".format_map(1))
t(lambda: "x".format_map())

"""#, #"""
a, b, a 1 2 Ann is 31
l     |  c   |     r|**mid**
+5  5 0xff 0o10 0b101 FF 1,234,567 1_000_000
3.142 -0002.50 1.234568e+04 0.000123 25.000000% 33.3% 1e+20
3 20 P() p-str P<> P<abc>     3| 'na\xefve'
      3.14 x   | ab A int key
{literal} x x{}y{1} 7 A    'q' None 1 True
1-2 20 100,000,000,000,000,000,000 400000000000000000 abc   ab   |
IndexError: Replacement index 0 out of range for positional args tuple
IndexError: Replacement index 1 out of range for positional args tuple
KeyError: 'a'
AttributeError: 'int' object has no attribute 'x'
IndexError: list index out of range
ValueError: Single '{' encountered in format string
ValueError: Single '}' encountered in format string
ValueError: Unknown conversion specifier x
ValueError: cannot switch from manual field specification to automatic field numbering
ValueError: cannot switch from automatic field numbering to manual field specification
ValueError: Unknown format code 'd' for object of type 'str'
IndexError: Replacement index 1 out of range for positional args tuple
ValueError: unmatched '{' in format spec
ValueError: expected '}' before end of string
KeyError: '0]'
ValueError: Max string recursion exceeded
ValueError: Empty attribute in format string
ValueError: Empty attribute in format string
ValueError: expected ':' after conversion specifier
ValueError: Single '}' encountered in format string
KeyError: ' '
KeyError: '-1'
ValueError: Only '.' or '[' may follow ']' in format field specifier
TypeError: list indices must be integers or slices, not str
TypeError: unsupported format string passed to NoneType.__format__
ValueError: Unknown format code 's' for object of type 'int'
ValueError: '=' alignment not allowed in string format specifier
ValueError: unexpected '{' in field name
ValueError: unmatched '{' in format spec
ValueError: end of string while looking for conversion specifier
ValueError: Format string contains positional fields
KeyError: 'a'
TypeError: 'int' object is not subscriptable
TypeError: str.format_map() takes exactly one argument (0 given)
"""#)
    }

    func testListMethods() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.extend("ab"); l.insert(0, "start"); l.insert(-1, "m"); l.insert(100, "end"); l.insert(-100, "first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(True), l)
l.remove("start"); l.reverse()
print(l, l.index(1), l.index(5, 1), l.index(2, -4), l.count(5), [1, 1.0, True].count(1))
c = l.copy(); l.clear(); print(l, c, c is not l)
x = [1, 2]; x.extend(x); print(x)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop("a"))
t(lambda: [1, 2].pop(10**30))
t(lambda: [].remove(1))
t(lambda: [1].index(5))
t(lambda: [1].index("x"))
t(lambda: [1, 2, 3].index(3, 0, 2))
t(lambda: [1, 2, 3].index(3, None))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].append(x=1))
t(lambda: [].insert(1))
t(lambda: [].insert("a", 1))
t(lambda: [].extend(1))
t(lambda: [].count())
t(lambda: [].index())
t(lambda: [].copy(1))
t(lambda: list.append(1, 2))
t(lambda: list.append())

"""#, #"""
['first', 'start', 3, 1, 2, 4, 5, 6, 'a', 'm', 'b', 'end']
end first m 3 ['start', 1, 2, 4, 5, 6, 'a', 'b']
['b', 'a', 6, 5, 4, 2, 1] 6 3 5 1 3
[] ['b', 'a', 6, 5, 4, 2, 1] True
[1, 2, 1, 2]
IndexError: pop from empty list
IndexError: pop index out of range
TypeError: 'str' object cannot be interpreted as an integer
OverflowError: Python int too large to convert to C ssize_t
ValueError: list.remove(x): x not in list
ValueError: 5 is not in list
ValueError: 'x' is not in list
ValueError: 3 is not in list
TypeError: slice indices must be integers or have an __index__ method
TypeError: list.append() takes exactly one argument (0 given)
TypeError: list.append() takes exactly one argument (2 given)
TypeError: list.append() takes no keyword arguments
TypeError: insert expected 2 arguments, got 1
TypeError: 'str' object cannot be interpreted as an integer
TypeError: 'int' object is not iterable
TypeError: list.count() takes exactly one argument (0 given)
TypeError: index expected at least 1 argument, got 0
TypeError: list.copy() takes no arguments (1 given)
TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
TypeError: unbound method list.append() needs an argument
"""#)
    }

    func testListSort() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [3, 1, 2]; l.sort(); print(l)
l.sort(reverse=True); print(l)
w = ["banana", "Apple", "cherry", "apple"]; w.sort(key=str.lower); print(w)
w.sort(key=len, reverse=True); print(w)
pairs = [(2, "a"), (1, "b"), (2, "c"), (1, "a")]; pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
n = [1, 2, 3]; print(n.sort(key=None, reverse=0), n)
m = [1, 2]
t(lambda: m.sort(key=lambda x: m.append(x)))
print(m)
k = [3, 2, 1]; k.sort(key=lambda x: len(k)); print(k)
t(lambda: [1, "a"].sort())
t(lambda: [1].sort(lambda x: x))
t(lambda: [1].sort(key=1, rev=2))
t(lambda: [2, 1].sort(key=1))

"""#, #"""
[1, 2, 3]
[3, 2, 1]
['Apple', 'apple', 'banana', 'cherry']
['banana', 'cherry', 'Apple', 'apple']
[(1, 'b'), (1, 'a'), (2, 'a'), (2, 'c')]
[(2, 'a'), (2, 'c'), (1, 'b'), (1, 'a')]
None [1, 2, 3]
TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
[1, 2]
[3, 2, 1]
TypeError: '<' not supported between instances of 'str' and 'int'
TypeError: sort() takes no positional arguments
TypeError: sort() got an unexpected keyword argument 'rev'
TypeError: 'int' object is not callable
"""#)
    }

    func testListDunders() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [1, 2, 3]
print(l.__len__(), l.__contains__(2), l.__getitem__(-1), l.__getitem__(slice(1, None)), l.__add__([4]), l.__mul__(2), l.__rmul__(2))
l.__setitem__(0, 9); l.__delitem__(1); print(l, l.__iadd__([7]), l, list(l.__iter__()), list(l.__reversed__()))
t(lambda: l.__add__((1,)))
t(lambda: l.__setitem__(1))
t(lambda: l.__getitem__(10))
t(lambda: l.__setitem__(10, 1))
t(lambda: hash(l))

"""#, #"""
3 True 3 [2, 3] [1, 2, 3, 4] [1, 2, 3, 1, 2, 3] [1, 2, 3, 1, 2, 3]
[9, 3, 7] [9, 3, 7] [9, 3, 7] [9, 3, 7] [7, 3, 9]
TypeError: can only concatenate list (not "tuple") to list
TypeError:  expected 2 arguments, got 1
IndexError: list index out of range
IndexError: list assignment index out of range
TypeError: unhashable type: 'list'
"""#)
    }

    func testTupleMethods() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tp = (1, 2, 1, 3, "a")
print(tp.index(1), tp.index(1, 1), tp.index(3, -3), tp.count(1), tp.count("a"), tp.count(9), tp.__len__(), tp.__getitem__(-1), tp.__contains__("a"))
print(tp.__add__((4,)), tp.__mul__(2), tp.__hash__() == hash(tp), list(tp.__iter__()))
t(lambda: tp.index(9))
t(lambda: tp.index(3, 0, 2))
t(lambda: tp.index())
t(lambda: tp.count())
t(lambda: tp.count(1, 2))
t(lambda: tp.__add__([1]))
t(lambda: tuple.count([1], 1))

"""#, #"""
0 2 3 2 1 0 5 a True
(1, 2, 1, 3, 'a', 4) (1, 2, 1, 3, 'a', 1, 2, 1, 3, 'a') True [1, 2, 1, 3, 'a']
ValueError: tuple.index(x): x not in tuple
ValueError: tuple.index(x): x not in tuple
TypeError: index expected at least 1 argument, got 0
TypeError: tuple.count() takes exactly one argument (0 given)
TypeError: tuple.count() takes exactly one argument (2 given)
TypeError: can only concatenate tuple (not "list") to tuple
TypeError: descriptor 'count' for 'tuple' objects doesn't apply to a 'list' object
"""#)
    }

    func testDictMethods() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.keys(), d.values(), d.items(), list(d), len(d.keys()), "a" in d.keys(), ("a", 1) in d.items())
print(d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 10}); d.update([("y", 20)], z=30); d.update(w=40); print(d)
c = d.copy(); d.clear(); print(d, c)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), "v"), type({}.fromkeys(())).__name__)
g = {}; g.setdefault("k", []).append(1); g.setdefault("k", []).append(2); print(g)
print({"x": 1} | {"y": 2}, {}.pop([], 5), list(reversed({"a": 1, "b": 2})), {"a": 1}.__contains__("a"), {"a": 1}.__getitem__("a"))
v = {"k": 1}.keys(); print(v.isdisjoint(["j"]), v.isdisjoint(["k"]))
t(lambda: {}.pop(1))
t(lambda: {}.popitem())
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.get([]))
t(lambda: {}.get(1, default=2))
t(lambda: {}.setdefault())
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update({}, {}))
t(lambda: {}.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([1], value=2))
t(lambda: {}.keys(1))
t(lambda: {1: 2}.__delitem__(3))
t(lambda: dict.update(1))
t(lambda: hash({}))

"""#, #"""
1 None 0 dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)]) ['a', 'b'] 2 True True
3 1 None {'a': 1, 'b': 2, 'c': 3, 'n': None}
None dflt ('c', 3) {'a': 1, 'b': 2}
{'a': 1, 'b': 2, 'x': 10, 'y': 20, 'z': 30, 'w': 40}
{} {'a': 1, 'b': 2, 'x': 10, 'y': 20, 'z': 30, 'w': 40}
{'a': None, 'b': None} {1: 0, 2: 0} {0: 'v', 1: 'v', 2: 'v'} dict
{'k': [1, 2]}
{'x': 1, 'y': 2} 5 ['b', 'a'] True 1
True False
KeyError: 1
KeyError: 'popitem(): dictionary is empty'
TypeError: get expected at least 1 argument, got 0
TypeError: get expected at most 2 arguments, got 3
TypeError: unhashable type: 'list'
TypeError: dict.get() takes no keyword arguments
TypeError: setdefault expected at least 1 argument, got 0
TypeError: 'int' object is not iterable
TypeError: cannot convert dictionary update sequence element #0 to a sequence
ValueError: dictionary update sequence element #0 has length 3; 2 is required
TypeError: update expected at most 1 argument, got 2
TypeError: fromkeys expected at least 1 argument, got 0
TypeError: 'int' object is not iterable
TypeError: dict.fromkeys() takes no keyword arguments
TypeError: dict.keys() takes no arguments (1 given)
KeyError: 3
TypeError: descriptor 'update' for 'dict' objects doesn't apply to a 'int' object
TypeError: unhashable type: 'dict'
"""#)
    }

    func testSetMethods() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2, 3}
s.add(4); s.add(2); s.discard(1); s.discard(99); s.remove(3); print(sorted(s))
print(sorted({1, 2}.union([3], (4,))), sorted({1, 2, 3}.intersection([2, 3, 4], {3})), sorted({1, 2, 3}.difference([1], [2])), sorted({1, 2}.symmetric_difference([2, 3])))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1, 2}.isdisjoint([3]), {1}.issubset({2}), set().issubset([]), {1, 2} <= {1})
u = {1, 2, 3}; u.update([4], [5]); u.intersection_update(range(2, 10), [2, 3, 4, 5]); u.difference_update([2]); u.symmetric_difference_update([3, 9]); print(sorted(u))
f = frozenset([1, 2]); print(f.union([3]), f.copy() is f, f.intersection([2]), f.difference([1]), type(f.symmetric_difference([5])).__name__, hash(f) == hash(frozenset([2, 1])))
print({1, 2}.copy(), set().union(), {frozenset([1])}.__contains__({1}), len({1, 2}), {5}.pop(), {1}.__len__())
z = {frozenset([1])}; z.remove({1}); print(z)
t(lambda: set().remove(1))
t(lambda: set().pop())
t(lambda: set().add())
t(lambda: set().add([]))
t(lambda: {1}.remove([]))
t(lambda: set().union(1))
t(lambda: set().union(x=1))
t(lambda: set().issubset())
t(lambda: set().symmetric_difference([1], [2]))
t(lambda: frozenset().add(1))
t(lambda: set.add(frozenset(), 1))
t(lambda: frozenset.union({1}, [2]))
t(lambda: hash(set()))

"""#, #"""
[2, 4]
[1, 2, 3, 4] [3] [3] [1, 3]
True True True False True False
[4, 5, 9]
frozenset({1, 2, 3}) True frozenset({2}) frozenset({2}) frozenset True
{1, 2} set() True 2 5 1
set()
KeyError: 1
KeyError: 'pop from an empty set'
TypeError: set.add() takes exactly one argument (0 given)
TypeError: unhashable type: 'list'
TypeError: unhashable type: 'list'
TypeError: 'int' object is not iterable
TypeError: set.union() takes no keyword arguments
TypeError: set.issubset() takes exactly one argument (0 given)
TypeError: set.symmetric_difference() takes exactly one argument (2 given)
AttributeError: 'frozenset' object has no attribute 'add'
TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
TypeError: descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object
TypeError: unhashable type: 'set'
"""#)
    }

    func testMathModule() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10**40), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(1e20), math.floor(True))
print(math.factorial(20), math.factorial(30), math.gcd(84, 36), math.gcd(), math.gcd(-4, 6, 8), math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(4, 6, 10))
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.pow(math.inf, 0), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(1e308, 1e308))
print(math.log(math.e), math.log(8, 2), math.log(2**1000, 2), math.log(10**400), math.log10(1000), math.log2(1024), math.log2(2**2000), math.log1p(1e-10), math.exp(1), math.exp(-1000), math.expm1(1e-10))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(math.inf), math.atan2(1, 1), math.atan2(0, -0.0), math.sinh(1), math.cosh(1), math.tanh(1))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1), math.isinf(-math.inf), math.isnan(math.nan), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(1, math.inf))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.frexp(8), math.frexp(0), math.ldexp(0.5, 4), math.ldexp(1, -1080), math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 5, 6)))
print(math.comb(5, 2), math.comb(50, 25), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.perm(30, 20), math.perm(5, None), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod([2, 3], start=2), math.prod(["a", 3]))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([math.inf, 1]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.cbrt(27), math.exp2(10), math.remainder(7, 4), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sqrt.__name__, math.floor(10**30), type(math.floor(2.5)).__name__, math.sqrt(True), math.sqrt(math.inf), math.sqrt(math.nan))
t(lambda: math.sqrt(-1))
t(lambda: math.log(0))
t(lambda: math.log(-1))
t(lambda: math.log(8, 1))
t(lambda: math.log(8, 0))
t(lambda: math.log2(0))
t(lambda: math.log10(-1))
t(lambda: math.exp(1000))
t(lambda: math.pow(0, -1))
t(lambda: math.pow(-8, 1/3))
t(lambda: math.pow(10, 400))
t(lambda: math.sin(math.inf))
t(lambda: math.asin(2))
t(lambda: math.acos(-2))
t(lambda: math.floor(math.inf))
t(lambda: math.floor(math.nan))
t(lambda: math.factorial(5.5))
t(lambda: math.factorial(-1))
t(lambda: math.factorial('a'))
t(lambda: math.gcd(1.5, 2))
t(lambda: math.isqrt(-1))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(5, -1))
t(lambda: math.perm(5, -1))
t(lambda: math.fsum([math.inf, -math.inf]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.isclose(1, 2, rel_tol=-1))
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.fmod(1, 0))
t(lambda: math.ldexp(1, 10000))
t(lambda: math.ldexp(1, 1.5))
t(lambda: math.dist([0], [1, 2]))
t(lambda: math.sqrt('a'))
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
t(lambda: math.sqrt(x=1))
t(lambda: math.sqrt(10**400))
t(lambda: math.pow(2))
t(lambda: math.log())
t(lambda: math.trunc('a'))
t(lambda: math.ceil('a'))
t(lambda: math.prod([2, 3], 2))
t(lambda: math.copysign(1))
t(lambda: math.gamma(0))
t(lambda: math.atanh(1))
t(lambda: math.log1p(-1))
t(lambda: math.cos(10**400))
t(lambda: math.isinf(10**400))
t(lambda: math.comb(5))
t(lambda: math.nope)

"""#, #"""
3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
4.0 1.4142135623730951 4 100000000000000000000 -3 -2 -2 7 100000000000000000000 1
2432902008176640000 265252859812191058636308480000000 12 0 2 12 1 0 60
3.0 1024.0 1.4142135623730951 1.0 5.0 13.0 0.0 1.4142135623730951e+308
1.0 3.0 1000.0000000000001 921.0340371976182 3.0 10.0 2000.0 9.999999999500001e-11 2.718281828459045 0.0 1.00000000005e-10
0.0 1.0 0.9999999999999999 1.5707963267948966 1.5707963267948966 1.5707963267948966 0.7853981633974483 3.141592653589793 1.1752011936438014 1.5430806348152437 0.7615941559557649
180.0 3.141592653589793 True True True -3.0 1.0 -1.0 1.0
(0.5, 3.0) (-0.5, -3.0) (0.0, inf) (0.5, 4) (0.0, 0) 8.0 0.0 5.0 5.196152422706632
10 126410606437752 0 20 120 73096577329197271449600000 120 24 1 3.0 12 aaa
1.0 1e-100 1.0000000000000002e+16 0.0 inf
True True True True False True
0.8427007929497149 0.15729920705028513 24.0 12.801827480081467 3.0000000000000004 1024.0 -1.0 0.881373587019543 1.3169578969248166 0.5493061443340548
sqrt 1000000000000000000000000000000 int 1.0 inf nan
ValueError: math domain error
ValueError: math domain error
ValueError: math domain error
ZeroDivisionError: float division by zero
ValueError: math domain error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
ValueError: math domain error
OverflowError: cannot convert float infinity to integer
ValueError: cannot convert float NaN to integer
TypeError: 'float' object cannot be interpreted as an integer
ValueError: factorial() not defined for negative values
TypeError: 'str' object cannot be interpreted as an integer
TypeError: 'float' object cannot be interpreted as an integer
ValueError: isqrt() argument must be nonnegative
ValueError: n must be a non-negative integer
ValueError: k must be a non-negative integer
ValueError: k must be a non-negative integer
ValueError: -inf + inf in fsum
OverflowError: intermediate overflow in fsum
ValueError: tolerances must be non-negative
TypeError: isclose() missing required argument 'b' (pos 2)
TypeError: isclose() takes exactly 2 positional arguments (3 given)
ValueError: math domain error
OverflowError: math range error
TypeError: Expected an int as second argument to ldexp.
ValueError: both points must have the same number of dimensions
TypeError: must be real number, not str
TypeError: math.sqrt() takes exactly one argument (0 given)
TypeError: math.sqrt() takes exactly one argument (2 given)
TypeError: math.sqrt() takes no keyword arguments
OverflowError: int too large to convert to float
TypeError: pow expected 2 arguments, got 1
TypeError: log expected at least 1 argument, got 0
TypeError: type str doesn't define __trunc__ method
TypeError: must be real number, not str
TypeError: prod() takes exactly 1 positional argument (2 given)
TypeError: copysign expected 2 arguments, got 1
ValueError: math domain error
ValueError: math domain error
ValueError: math domain error
OverflowError: int too large to convert to float
OverflowError: int too large to convert to float
TypeError: comb expected 2 arguments, got 1
AttributeError: module 'math' has no attribute 'nope'
"""#)
    }

    func testRandomModule() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.choice("abcdef"), random.choice([10, 20, 30]))
deck = list(range(10)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], k=2), random.uniform(1, 10), random.gauss(0, 1), random.gauss(10, 2))
print(random.choices(["r", "g", "b"], k=5), random.choices(["r", "g", "b"], weights=[10, 1, 1], k=5), random.choices("xy", cum_weights=[1, 2], k=3))
print(random.getrandbits(8), random.getrandbits(100), random.randrange(10**30), random.randint(-2**70, 2**70), random.triangular(1, 2), random.normalvariate(0, 1), random.expovariate(2))
print(random.sample([1, 2], 2, counts=[2, 1]), random.randrange(10, 1, -3), random.randint(5, 5), random.choice(range(5)), random.randrange(1, None))
random.seed("hello"); a = [random.random() for _ in range(3)]
random.seed("hello"); print(a == [random.random() for _ in range(3)], a)
random.seed(2**100 + 7); print(random.random())
random.seed(-7); x = random.random(); random.seed(7); print(x == random.random())
random.seed(3.5); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(True); print(random.random())
random.seed(); random.seed(None)
random.seed(1)
t(lambda: random.randint(5, 1))
t(lambda: random.randint(1.5, 2))
t(lambda: random.randint(1))
t(lambda: random.randint())
t(lambda: random.randint(1, 2, 3))
t(lambda: random.randrange(0))
t(lambda: random.randrange(1, 1))
t(lambda: random.randrange(0, 10, 0))
t(lambda: random.randrange(10, step=2))
t(lambda: random.choice([]))
t(lambda: random.choice(''))
t(lambda: random.choice(5))
t(lambda: random.choice({5: 1}))
t(lambda: random.shuffle((1, 2)))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.sample([1, 2]))
t(lambda: random.sample([1, 2], -1))
t(lambda: random.sample([1, 2], 1.5))
t(lambda: random.choices([]))
t(lambda: random.choices([1, 2], [1]))
t(lambda: random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2]))
t(lambda: random.choices([1, 2], [0, 0]))
t(lambda: random.choices([1, 2], k=1.5))
t(lambda: random.uniform(1))
t(lambda: random.uniform('a', 1))
t(lambda: random.getrandbits(-1))
t(lambda: random.getrandbits())
t(lambda: random.random(1))
t(lambda: random.seed([1]))
t(lambda: random.seed(1, 2, 3))
t(lambda: random.randint(1, c=2))
t(lambda: random.randint(1, a=2))
t(lambda: random.expovariate(0))
t(lambda: random.sample([1, 2], 2, counts=[1]))
print(random.random())

"""#, #"""
0.6394267984578837 4 4 21 b 10
[7, 2, 5, 6, 0, 3, 4, 9, 8, 1]
[29, 64, 77, 3, 71] ['b', 'c'] 6.848959940015709 -0.6777790545610238 9.606714398270102
['g', 'b', 'r', 'b', 'b'] ['r', 'r', 'b', 'r', 'r'] ['x', 'y', 'y']
206 670224688951460224037371744611 548440742519737271763133045624 213097537087250120680 1.707942355221606 1.4702391292261876 0.4306079706744229
[2, 1] 10 5 2 0
True [0.3537754404730722, 0.6631985810268619, 0.5476053663383964]
0.41604161323913513
True
0.3039190124834461
0.37075677971469856
0.13436424411240122
ValueError: empty range in randrange(5, 2)
TypeError: 'float' object cannot be interpreted as an integer
TypeError: Random.randint() missing 1 required positional argument: 'b'
TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'
TypeError: Random.randint() takes 3 positional arguments but 4 were given
ValueError: empty range for randrange()
ValueError: empty range in randrange(1, 1)
ValueError: zero step for randrange()
TypeError: Missing a non-None stop argument
IndexError: Cannot choose from an empty sequence
IndexError: Cannot choose from an empty sequence
TypeError: object of type 'int' has no len()
KeyError: 0
TypeError: 'tuple' object does not support item assignment
ValueError: Sample larger than population or is negative
TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
TypeError: Random.sample() missing 1 required positional argument: 'k'
ValueError: Sample larger than population or is negative
TypeError: can't multiply sequence by non-int of type 'float'
IndexError: list index out of range
ValueError: The number of weights does not match the population
TypeError: Cannot specify both weights and cumulative weights
ValueError: Total of weights must be greater than zero
TypeError: 'float' object cannot be interpreted as an integer
TypeError: Random.uniform() missing 1 required positional argument: 'b'
TypeError: unsupported operand type(s) for -: 'int' and 'str'
ValueError: number of bits must be non-negative
TypeError: Random.getrandbits() takes exactly one argument (0 given)
TypeError: Random.random() takes no arguments (1 given)
TypeError: The only supported seed types are:
None, int, float, str, bytes, and bytearray.
TypeError: Random.seed() takes from 1 to 3 positional arguments but 4 were given
TypeError: Random.randint() got an unexpected keyword argument 'c'
TypeError: Random.randint() got multiple values for argument 'a'
ZeroDivisionError: float division by zero
ValueError: The number of counts does not match the population
0.4494910647887381
"""#)
    }

    func testTimeModule() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import time
a = time.time(); b = time.perf_counter(); c = time.monotonic(); d = time.time_ns()
time.sleep(0.01); time.sleep(0)
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, a > 1.6e9, d > 1.6e18, time.perf_counter() >= b, time.monotonic() >= c)
t(lambda: time.sleep(-1))
t(lambda: time.sleep("a"))
t(lambda: time.sleep())
t(lambda: time.time(1))
t(lambda: time.sleep(float("nan")))

"""#, #"""
float float float int True True True True
ValueError: sleep length must be non-negative
TypeError: 'str' object cannot be interpreted as an integer
TypeError: time.sleep() takes exactly one argument (0 given)
TypeError: time.time() takes no arguments (1 given)
ValueError: Invalid value NaN (not a number)
"""#)
    }

    func testListSortComparisons() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

log = []
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "W(%r)" % self.v
l = [W(x) for x in [5, 3, 8, 1, 9, 2, 2, 7]]
l.sort(); print(l); print(log)
log.clear(); l.sort(key=lambda w: -w.v); print(l, len(log))
log.clear(); l.sort(reverse=True); print(l); print(log)
data = [(i * 7919) % 101 for i in range(150)]
ws = [W(x) for x in data]
log.clear(); ws.sort(); print(len(log), sum(a * 3 + b for a, b in log), [w.v for w in ws][:10])
m = [3, 1, "x", 2]
t(lambda: m.sort())
print(m)
m = [1, "two", 3]
t(lambda: m.sort())
m = [3, 1, 2, "x"]
t(lambda: m.sort(reverse=True))
print(m)
k = [1, 2, 3]
t(lambda: k.sort(key=lambda x: 1 / (x - 2)))
print(k)

"""#, #"""
[W(1), W(2), W(2), W(3), W(5), W(7), W(8), W(9)]
[(3, 5), (8, 3), (3, 8), (8, 5), (1, 8), (1, 5), (1, 3), (9, 5), (9, 8), (2, 5), (2, 3), (2, 1), (2, 5), (2, 2), (2, 3), (7, 3), (7, 8), (7, 5)]
[W(9), W(8), W(7), W(5), W(3), W(2), W(2), W(1)] 0
[W(9), W(8), W(7), W(5), W(3), W(2), W(2), W(1)]
[(2, 1), (2, 2), (3, 2), (5, 3), (7, 5), (8, 7), (9, 8)]
890 175153 [0, 0, 1, 2, 2, 3, 3, 4, 5, 5]
TypeError: '<' not supported between instances of 'str' and 'int'
[3, 1, 'x', 2]
TypeError: '<' not supported between instances of 'str' and 'int'
TypeError: '<' not supported between instances of 'int' and 'str'
[3, 1, 2, 'x']
ZeroDivisionError: division by zero
[1, 2, 3]
"""#)
    }

    func testRangePropertySliceIterators() {
        check(#"""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(9.0), r.count("a"), r.index(9.0), range(10, 0, -2).index(4), r.__len__(), r.__getitem__(2), r.__contains__(3), list(r.__reversed__()))
t(lambda: r.index(10))
t(lambda: r.index("a"))
t(lambda: r.index(True))
t(lambda: r.index())
class C:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleted")
c = C(); c.x = 5; print(c.x); del c.x
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
t(lambda: slice(1).indices(-1))
it = iter([1, 2]); print(it.__next__(), next(it), iter(it) is it, it.__iter__() is it)
t(lambda: it.__next__())
e = enumerate("ab"); print(e.__next__(), list(zip("ab", "cd")).__len__(), iter("xy").__next__(), iter({1: 2}.items()).__next__())
v = {"a": 1, "b": 2}
print(v.keys().__len__(), v.items().__contains__(("b", 2)), list(v.items().__iter__()), list(reversed(v.keys())))

"""#, #"""
3 1 1 0 3 3 7 6 True [18, 15, 12, 9, 6, 3, 0]
ValueError: 10 is not in range
ValueError: sequence.index(x): x not in sequence
ValueError: True is not in range
TypeError: range.index() takes exactly one argument (0 given)
10
deleted
(1, 5, 2) (3, -1, -1) (7, 10, 1)
ValueError: length should not be negative
1 2 True True
StopIteration: 
(0, 'a') 2 x (1, 2)
2 True [('a', 1), ('b', 2)] ['b', 'a']
"""#)
    }
}
