# Towers of Hanoi for three disks.
def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append(f"{source}->{target}")
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves))
print(" ".join(moves))
