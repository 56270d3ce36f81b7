# Generator expressions are lazy.
squares = (n * n for n in range(5))
print(next(squares), next(squares))
print(list(squares), list(squares))
print(sum(n for n in range(10) if n % 3 == 0))
print(max((len(w), w) for w in ["cell", "scope", "frame"]))
