# Palindromes by popping from both ends of a collections.deque
import collections


def is_palindrome(text):
    chars = collections.deque(c.lower() for c in text if c.isalpha())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True


for phrase in ["racecar", "A man, a plan, a canal: Panama", "python"]:
    print(repr(phrase), is_palindrome(phrase))
d = collections.deque("abc")
d.reverse()
print(d, list(d), d == collections.deque("cba"), d == ["c", "b", "a"])
print(collections.deque([1, 2]) + collections.deque([3]), collections.deque([0]) * 3)
