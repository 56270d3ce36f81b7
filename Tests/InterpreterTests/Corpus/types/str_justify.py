# ljust, rjust, center and zfill.
print("[" + "ab".ljust(6) + "]")
print("[" + "ab".rjust(6, ".") + "]")
print("[" + "ab".center(7, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "abc".zfill(2))
for name, qty in (("pen", 3), ("notebook", 12)):
    print(name.ljust(10) + str(qty).rjust(4))
