import csv
import io

data = "name,age,city\nAnn,30,Paris\nBob,25\n\nCy,40,Rome,extra,more\n"
reader = csv.DictReader(io.StringIO(data), restkey='others', restval='unknown')
print(reader.fieldnames, reader.line_num)
for record in reader:
    print(reader.line_num, record)

people = csv.DictReader(["first,last", "Ada,Lovelace"], fieldnames=None)
print([dict(p) for p in people])
named = csv.DictReader(["1,2", "3,4"], fieldnames=['x', 'y'])
print(list(named))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=['id', 'item', 'qty'], restval=0)
writer.writeheader()
writer.writerow({'id': 1, 'item': 'pen', 'qty': 3})
writer.writerows([{'id': 2, 'item': 'ink'}, {'item': 'pad, A4', 'id': 3, 'qty': 1}])
print(repr(out.getvalue()))
try:
    writer.writerow({'id': 4, 'colour': 'red'})
except ValueError as e:
    print("ValueError:", e)
lenient = csv.DictWriter(out, ['id'], extrasaction='ignore')
print(lenient.writerow({'id': 5, 'colour': 'red'}))
try:
    csv.DictWriter(out, ['id'], extrasaction='skip')
except ValueError as e:
    print("ValueError:", e)
empty = csv.DictReader([])
print(empty.fieldnames, list(empty))
