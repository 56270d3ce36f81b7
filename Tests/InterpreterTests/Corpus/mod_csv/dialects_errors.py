import csv
import io

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
print(csv.list_dialects())
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar)
buffer = io.StringIO()
csv.writer(buffer, 'pipes').writerow([1, 'a|b'])
print(repr(buffer.getvalue()))
csv.unregister_dialect('pipes')


class Semi(csv.excel):
    delimiter = ';'


print(list(csv.reader(['a;b'], Semi)))
print(csv.unix_dialect.quoting, repr(csv.unix_dialect.lineterminator), csv.excel_tab.delimiter == '\t')

attempts = [
    lambda: csv.get_dialect('pipes'),
    lambda: csv.unregister_dialect('nope'),
    lambda: csv.reader([], delimiter='::'),
    lambda: csv.reader([], delimiter=None),
    lambda: csv.reader([], quotechar=7),
    lambda: csv.reader([], quoting=42),
    lambda: csv.reader([], delimiter='"'),
    lambda: csv.reader([], escapechar=','),
    lambda: csv.reader([], lineterminator=0),
    lambda: csv.reader([], colour='red'),
    lambda: csv.writer(42),
    lambda: csv.writer(io.StringIO()).writerow(7),
    lambda: list(csv.reader(['a,"b'], strict=True)),
    lambda: list(csv.reader(['"a"b'], strict=True)),
    lambda: list(csv.reader(['a,b\rc'])),
    lambda: list(csv.reader([b'bytes,line'])),
    lambda: csv.Dialect(),
    lambda: csv.register_dialect(3),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
print(list(csv.reader(['a,"b'])), list(csv.reader(['"a"b'])))
