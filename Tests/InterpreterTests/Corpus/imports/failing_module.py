# A module whose body raises is not cached: importing again runs it again.
import sys
for attempt in range(2):
    try:
        import raises_mod
    except ZeroDivisionError as e:
        print("attempt", attempt, "->", e, "| cached:", "raises_mod" in sys.modules)
