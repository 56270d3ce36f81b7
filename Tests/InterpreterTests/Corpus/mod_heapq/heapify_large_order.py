# corpus: no-trace (about 5000 traced __lt__ calls: the output shows their order)
# heapify of more than 2500 items sifts in CPython's cache-friendly order: the same
# comparisons, in the same order, and the same heap.
import heapq

seen = []


class Logged(int):
    def __lt__(self, other):
        seen.append((int(self), int(other)))
        return int(self) < int(other)


big = [Logged((i * 7919) % 3001) for i in range(3000)]
heapq.heapify(big)
print(len(seen), seen[:5], seen[-5:], big[:10])
