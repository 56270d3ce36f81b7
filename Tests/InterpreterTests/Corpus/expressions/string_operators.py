# + and * on strings, and comparisons.
print("ab" + "cd", "-" * 10, 3 * "xy")
print("a" < "b", "abc" == "abc", "Abc" < "abc")
print("" * 5 == "", "na" * 0)
s = "x"
for _ in range(3):
    s = s + s
print(s, len(s))
