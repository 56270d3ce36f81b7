# insort keeps a list sorted as items arrive.
import bisect

scores = []
for s in [70, 50, 90, 50, 80]:
    bisect.insort(scores, s)
    print(s, "->", scores)

names = ["amy", "dan", "zoe"]
bisect.insort_left(names, "bob")
bisect.insort_right(names, "dan")
print(names)

pairs = [(1, "a"), (3, "c")]
bisect.insort(pairs, (2, "b"))
bisect.insort(pairs, (3, "a"))
print(pairs)
