# Container operations as functions: getitem, setitem, delitem, contains...
import operator

data = [10, 20, 30, 20, 40]
print(operator.getitem(data, 1), operator.getitem(data, slice(1, 3)))
operator.setitem(data, 0, 99)
operator.delitem(data, -1)
print(data)
print(operator.contains(data, 30), operator.contains("team", "i"))
print(operator.countOf(data, 20), operator.indexOf(data, 30))
print(operator.concat([1, 2], [3]), operator.concat("ab", "cd"))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))

book = {"title": "Dune"}
operator.setitem(book, "year", 1965)
print(book, operator.getitem(book, "year"))

for bad in (lambda: operator.indexOf(data, 7), lambda: operator.concat(1, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
