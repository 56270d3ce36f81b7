# accumulate() gives running results: totals by default, or of any 2-argument function.
import itertools
import operator

deposits = [100, -20, 50, -70, 30]
print(list(itertools.accumulate(deposits)))
print(list(itertools.accumulate(deposits, initial=1000)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate(range(1, 7), operator.mul)))
print(list(itertools.accumulate(["a", "b", "c"])))
print(list(itertools.accumulate([], initial=0)))


def balance_report(amounts):
    for day, total in enumerate(itertools.accumulate(amounts), start=1):
        status = "overdrawn" if total < 0 else "ok"
        print(f"day {day}: {total:>4} {status}")


balance_report([40, -60, 30, -5])
