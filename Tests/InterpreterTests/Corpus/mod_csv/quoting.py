import csv
import io


def show(rows, **options):
    buffer = io.StringIO()
    try:
        w = csv.writer(buffer, **options)
        for row in rows:
            w.writerow(row)
        print(repr(buffer.getvalue()))
    except csv.Error as e:
        print("csv.Error:", e)


row = ['text', 3, 2.5, None, '', 'a,b', 'q"uote']
show([row])
show([row], quoting=csv.QUOTE_ALL)
show([row], quoting=csv.QUOTE_NONNUMERIC)
show([row], quoting=csv.QUOTE_STRINGS)
show([row], quoting=csv.QUOTE_NOTNULL)
show([row], quoting=csv.QUOTE_NONE)
show([row], quoting=csv.QUOTE_NONE, escapechar='\\')
show([['q"uote', 'back\\slash']], doublequote=False, escapechar='\\')
show([['q"uote']], doublequote=False)
show([['a', 'b']], lineterminator='\n', delimiter='|', quotechar="'")
show([[''], [], [None]])
show([['']], quoting=csv.QUOTE_NONE)
show([['', 'x']], delimiter=' ', skipinitialspace=True)

try:
    print(list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
    print(list(csv.reader(['1,two'], quoting=csv.QUOTE_NONNUMERIC)))
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(['a,"",,"b"'], quoting=csv.QUOTE_NOTNULL)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a"b,"c"d'], quoting=csv.QUOTE_NONE)))
