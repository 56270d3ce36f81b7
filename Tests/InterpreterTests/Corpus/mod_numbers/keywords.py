# keyword: which names are reserved, hard and soft.
import keyword
for word in ["for", "match", "print", "True", "type", "async"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print(len(keyword.kwlist), keyword.softkwlist)
