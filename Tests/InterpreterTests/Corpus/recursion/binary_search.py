# Recursive binary search with low/high bounds.
def search(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search(items, target, mid + 1, hi)
    return search(items, target, lo, mid - 1)


data = [1, 3, 5, 7, 9, 11, 13]
print([search(data, t, 0, len(data) - 1) for t in (1, 7, 13, 4)])
