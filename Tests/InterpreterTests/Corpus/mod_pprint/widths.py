import pprint

data = [[i * j for j in range(6)] for i in range(6)]
for width in (80, 40, 20, 5):
    print("width", width)
    pprint.pprint(data, width=width)
