# Parsing and producing "file" text without touching the disk.
import io

source = io.StringIO("name,qty,price\nbolt,10,0.25\nnut,25,0.10\nwasher,100,0.02\n")
header = source.readline().strip().split(",")
rows = []
for line in source:
    values = line.strip().split(",")
    rows.append(dict(zip(header, values)))
print(header)
for row in rows:
    print(row)

out = io.StringIO()
out.write("name;value\n")
out.writelines(f"{r['name']};{int(r['qty']) * float(r['price']):.2f}\n" for r in rows)
print(out.getvalue(), end="")
print(out.tell(), len(out.getvalue()))
