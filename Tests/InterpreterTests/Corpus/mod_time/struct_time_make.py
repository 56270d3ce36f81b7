import time
st = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(st)
print(st.tm_mday, st[2])
print(time.strftime("%A, %d %B %Y", st))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    st.tm_year = 2000
except AttributeError as e:
    print("AttributeError:", e)
print(st == time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0)))
print(time.mktime(time.gmtime(86400)) - time.timezone)
print(time.calendar_mod if hasattr(time, "calendar_mod") else "no")
