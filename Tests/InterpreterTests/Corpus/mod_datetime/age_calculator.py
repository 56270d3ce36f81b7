from datetime import date, timedelta

def age_on(birthday, today):
    years = today.year - birthday.year
    if (today.month, today.day) < (birthday.month, birthday.day):
        years -= 1
    return years

def next_birthday(birthday, today):
    candidate = birthday.replace(year=today.year)
    if candidate < today:
        candidate = candidate.replace(year=today.year + 1)
    return candidate

born = date(1990, 8, 24)
today = date(2024, 3, 15)
print("age:", age_on(born, today))
nb = next_birthday(born, today)
print("next birthday:", nb, "in", (nb - today).days, "days")
print("days alive:", (today - born).days)
weekdays = sum(1 for i in range(30) if (today + timedelta(days=i)).weekday() < 5)
print("weekdays in the next 30 days:", weekdays)
