# Counting words with get and with setdefault.
text = "the cell the frame the scope a cell"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_letter = {}
for word in text.split():
    by_letter.setdefault(word[0], []).append(word)
print(by_letter)
print(max(counts, key=counts.get))
