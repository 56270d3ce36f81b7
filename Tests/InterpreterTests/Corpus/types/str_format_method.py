# str.format with positional, keyword and format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{1} before {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=31))
print("[{:>6}] [{:<6}] [{:^6}]".format("ab", "cd", "ef"))
print("{:.3f} {:08.2f} {:,} {:x} {:b} {:o}".format(3.14159, 2.5, 1234567, 255, 5, 8))
print("{0[1]} {1[key]}".format([10, 20], {"key": "v"}))
print("{{literal}} {}".format("braces"))
