# cycle() loops over its input forever; repeat() gives the same object again.
import itertools

players = itertools.cycle(["Ann", "Bob", "Cy"])
for turn in range(7):
    print("turn", turn, "->", next(players))

print(list(itertools.repeat("ho", 3)))
print(itertools.repeat(7, 2), itertools.repeat("x"))
print(list(map(pow, range(5), itertools.repeat(2))))

rows = [list(itertools.repeat(0, 3)) for _ in range(2)]
rows[0][0] = 1
print(rows)

colors = itertools.cycle("RG")
print("".join(next(colors) for _ in range(5)))
print(list(itertools.cycle([])))
