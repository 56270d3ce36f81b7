# Adding an int and a str.
count = 3
label = " apples"
print(str(count) + label)
print(count + label)
