# Uncaught ValueError with a custom message.
def set_age(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age


print(set_age(30))
set_age(-1)
