# Turning a dict into attribute access with SimpleNamespace
import types

row = {"id": 7, "title": "Dune", "year": 1965}
book = types.SimpleNamespace(**row)
print(book.title, book.year)
book.year += 1
print(book)
print(vars(book) == {"id": 7, "title": "Dune", "year": 1966})
copy = types.SimpleNamespace(**vars(book))
copy.title = "Dune Messiah"
print(book.title, copy.title, book == copy)
