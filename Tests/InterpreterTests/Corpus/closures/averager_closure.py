# A running average kept in a captured list.
def make_averager():
    series = []

    def averager(value):
        series.append(value)
        return sum(series) / len(series)
    return averager


avg = make_averager()
print(avg(10))
print(avg(11))
print(avg(12))
print(avg.__code__.co_freevars)
print(avg.__closure__[0].cell_contents)
