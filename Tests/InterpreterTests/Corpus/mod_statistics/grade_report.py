import statistics

grades = {"ana": [88, 92, 79], "ben": [65, 70, 72], "cy": [95, 98, 100], "dee": [70, 85, 90]}
averages = {name: statistics.mean(marks) for name, marks in grades.items()}
for name, avg in averages.items():
    print(f"{name:>4}: {avg:6.2f}")
all_marks = [m for marks in grades.values() for m in marks]
print("class mean:", round(statistics.mean(all_marks), 2))
print("median:", statistics.median(all_marks))
print("stdev:", round(statistics.stdev(all_marks), 3))
mu, sigma = statistics.mean(all_marks), statistics.pstdev(all_marks)
outliers = [m for m in all_marks if abs(m - mu) > 1.5 * sigma]
print("outliers:", outliers)
