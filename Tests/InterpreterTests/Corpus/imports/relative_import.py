# Relative imports inside a nested package.
from school.grades.report import report
from school.grades import scale
import school
print(report(95))
print(report(81))
print(scale.letter(50), school.school_name)
print(school.grades.report.report(70))
