# A small report combining several formatting styles.
rows = [("closures", 3, 1.5), ("generators", 12, 0.25)]
print("%-12s %5s %8s" % ("topic", "count", "ratio"))
for topic, count, ratio in rows:
    print("%-12s %5d %8.2f" % (topic, count, ratio))
print("{:-^27}".format(" end "))
