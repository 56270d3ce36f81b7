import csv

sniffer = csv.Sniffer()
samples = [
    "a;b;c\n1;2;3\n4;5;6\n",
    'name,age\n"Smith, J",42\n"Doe, A",37\n',
    "x\ty\n1\t2\n3\t4\n",
    "id: name: score\n1: ann: 3\n2: bob: 4\n",
    "'a'|'b'\n'1'|'2'\n",
]
for sample in samples:
    dialect = sniffer.sniff(sample)
    print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.skipinitialspace,
          dialect.doublequote, sniffer.has_header(sample))
    print(list(csv.reader(sample.splitlines(), dialect)))
print(sniffer.has_header("1,2\n3,4\n5,6\n"))
print(sniffer.sniff("a,b\nc,d", delimiters=',;').delimiter)
try:
    sniffer.sniff("abc")
except csv.Error as e:
    print("csv.Error:", e)
