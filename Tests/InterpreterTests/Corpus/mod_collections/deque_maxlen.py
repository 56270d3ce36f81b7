# A bounded collections.deque keeps only the last N items
import collections

recent = collections.deque(maxlen=3)
for page in ["home", "news", "sport", "weather", "news"]:
    recent.append(page)
    print(recent)
print(recent.maxlen)
recent.appendleft("start")
print(recent)


def moving_average(values, n):
    window = collections.deque(maxlen=n)
    for v in values:
        window.append(v)
        yield sum(window) / len(window)


print([round(a, 2) for a in moving_average([1, 2, 3, 4, 5, 6], 3)])
