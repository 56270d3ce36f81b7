# A string literal without its closing quote.
print("before")
message = "never closed
print(message)
print("after")
