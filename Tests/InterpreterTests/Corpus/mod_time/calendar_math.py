import time

def day_of_week(year, month, day):
    t = time.strptime(f"{year}-{month}-{day}", "%Y-%m-%d")
    return time.strftime("%A", t)

for d in [(2000, 1, 1), (2024, 2, 29), (1969, 7, 20), (2038, 1, 19)]:
    print(d, day_of_week(*d))
t = time.gmtime(2**31 - 1)
print("Y2038:", time.asctime(t), t.tm_isdst, t.tm_zone)
epoch_days = int(time.mktime((2024, 1, 1, 12, 0, 0, 0, 0, -1)) - time.mktime((1970, 1, 1, 12, 0, 0, 0, 0, -1))) // 86400
print(epoch_days)
print(time.strftime("%j %U %W %G-W%V", time.gmtime(0)))
print([time.gmtime(86400 * k).tm_wday for k in range(7)])
print(time.gmtime(-86400))
print(time.strftime("%Y-%m-%d", time.gmtime(951782400)))
