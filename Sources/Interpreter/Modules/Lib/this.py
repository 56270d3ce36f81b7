"""The Zen of Python (PEP 20, in the public domain), printed on import.

As CPython's module, it keeps the text ROT13-encoded in `s` with the
decoding table `d`; `c` and `i` are the loop variables left behind.
"""

_ZEN = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
Errors should never pass silently.
Unless explicitly silenced.
In the face of ambiguity, refuse the temptation to guess.
There should be one-- and preferably only one --obvious way to do it.
Although that way may not be obvious at first unless you're Dutch.
Now is better than never.
Although never is often better than *right* now.
If the implementation is hard to explain, it's a bad idea.
If the implementation is easy to explain, it may be a good idea.
Namespaces are one honking great idea -- let's do more of those!"""

def _rot13(text):
    out = []
    for ch in text:
        for base in (65, 97):
            if base <= ord(ch) < base + 26:
                ch = chr((ord(ch) - base + 13) % 26 + base)
                break
        out.append(ch)
    return "".join(out)


s = _rot13(_ZEN)
del _ZEN, _rot13

d = {}
for c in (65, 97):
    for i in range(26):
        d[chr(i + c)] = chr((i + 13) % 26 + c)

print("".join([d.get(ch, ch) for ch in s]))
