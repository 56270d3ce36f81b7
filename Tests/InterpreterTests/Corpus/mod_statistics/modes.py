import statistics

print(statistics.mode([1, 1, 2, 3, 3, 3]))
print(statistics.mode(["red", "blue", "red", "green"]))
print(statistics.mode([1, 1, 2, 2]))
print(statistics.multimode("aabbbccdddd"))
print(statistics.multimode([1, 1, 2, 2, 3]))
print(statistics.multimode([]))
word = "mississippi"
print(statistics.mode(word), statistics.multimode(word))
