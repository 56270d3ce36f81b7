# for-else: else runs only when the loop did not break.
def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")


find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
