# Assignment makes an alias, not a copy.
import copy

original = [1, 2, 3]
alias = original
shallow = copy.copy(original)
alias.append(4)
print(original, alias, shallow)
print(alias is original, shallow is original, shallow == original[:3])

settings = {"theme": "dark", "size": 12}
backup = copy.copy(settings)
settings["size"] = 14
print(settings, backup)

print(copy.copy(42), copy.copy("text"), copy.copy((1, 2)))
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
