# A global named len hides the builtin until it is deleted.
print(len("abc"))
len = lambda obj: "my len"
print(len("abc"))
del len
print(len("abc"))
