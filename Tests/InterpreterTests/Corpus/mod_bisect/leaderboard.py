# A leaderboard kept sorted with insort; rank is found with bisect.
import bisect

board = []


def submit(name, points):
    bisect.insort(board, (-points, name))
    rank = bisect.bisect_left(board, (-points, name)) + 1
    print(f"{name} scored {points}: rank {rank} of {len(board)}")


submit("ann", 50)
submit("bob", 80)
submit("cy", 65)
submit("dee", 80)
print([(name, -neg) for neg, name in board])
