# Writing a grade book to a StringIO and reading it back.
import csv
import io

buffer = io.StringIO()
out = csv.writer(buffer)
out.writerow(['name', 'score', 'note'])
count = out.writerow(['Ann', 91, 'top, first'])
out.writerows([['Bob "B"', 78.5, None], ['Cy', 64, 'line\nbreak'], ['', '', '']])
print(count)
print(repr(buffer.getvalue()))

buffer.seek(0)
rows = csv.reader(buffer)
header = next(rows)
print(header, rows.line_num)
for row in rows:
    print(rows.line_num, row)

lines = ["a,b,c", "1,2,3", "", '"x, y",z,"say ""hi"""']
print(list(csv.reader(lines)))
print(list(csv.reader(["  a,  b"], skipinitialspace=True)))
print(list(csv.reader(["one;two;three"], delimiter=';')))
print(list(csv.reader(["a\tb"], dialect='excel-tab')))
total = 0
for name, score in csv.reader(["ann,3", "bob,4"]):
    total += int(score)
print(total)
