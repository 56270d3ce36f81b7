from datetime import datetime

samples = [("2024-01-15", "%Y-%m-%d"), ("15/01/24 10:30", "%d/%m/%y %H:%M")]
samples.append(("Monday, January 15, 2024", "%A, %B %d, %Y"))
samples.append(("10:30 PM 2024-02-01", "%I:%M %p %Y-%m-%d"))
samples.append(("2024-01-15T10:30:15.5", "%Y-%m-%dT%H:%M:%S.%f"))
samples.append(("2024 032", "%Y %j"))
for text, fmt in samples:
    print(repr(datetime.strptime(text, fmt)))
for text, fmt in [("2024-01", "%Y-%m-%d"), ("2024-01-15 extra", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
