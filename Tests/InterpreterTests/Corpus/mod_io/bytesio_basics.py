# BytesIO holds bytes instead of text.
import io

b = io.BytesIO()
print(b.write(bytes([72, 105])), b.write("!\n".encode()))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(1), b.read())
b.seek(0)
print(b.readline(), b.readline())
data = io.BytesIO(bytes([1, 2, 3, 10, 4, 5]))
print(list(data.read(2)), data.tell())
print(data.readlines())
try:
    data.write("text")
except TypeError as e:
    print("TypeError:", e)
data.close()
try:
    data.read()
except ValueError as e:
    print("ValueError:", e)
