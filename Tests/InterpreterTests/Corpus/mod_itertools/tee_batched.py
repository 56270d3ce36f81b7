# tee() splits one iterator into independent ones; batched() cuts it into chunks.
import itertools

source = iter([1, 2, 3, 4])
first, second = itertools.tee(source)
print(next(first), next(first))
print(list(second))
print(list(first))

print(list(itertools.batched("ABCDEFG", 3)))
for batch in itertools.batched(range(10), 4):
    print(sum(batch), batch)

try:
    list(itertools.batched("ABCDE", 2, strict=True))
except ValueError as e:
    print("ValueError:", e)

try:
    itertools.batched("AB", 0)
except ValueError as e:
    print("ValueError:", e)

copies = itertools.tee("xyz", 3)
print(len(copies), [list(c) for c in copies])
