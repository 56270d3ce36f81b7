# replace and case conversions.
s = "hello world, hello scopes"
print(s.replace("hello", "bye"))
print(s.replace("hello", "bye", 1))
print(s.upper())
print("MiXeD".lower(), "MiXeD".swapcase())
print("the lEGB rule".title())
print("closure cells".capitalize())
print("scope".upper().lower() == "scope")
