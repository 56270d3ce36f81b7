# commands: s*30
squares = [x * x for x in range(3)]
evens = {x for x in range(4) if x % 2 == 0}
total = sum(y for y in squares)
print(squares, evens, total)
