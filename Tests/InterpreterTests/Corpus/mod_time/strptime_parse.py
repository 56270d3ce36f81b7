import time
log = ["2024-03-05 10:11:12 login", "2024-03-05 10:15:40 logout", "2024-03-06 08:00:00 login"]
stamps = []
for line in log:
    date, clock, event = line.split()
    t = time.strptime(date + " " + clock, "%Y-%m-%d %H:%M:%S")
    stamps.append(t)
    print(event, t.tm_yday, t.tm_wday, time.strftime("%a %d %b %H:%M", t))
print(stamps[0])
print(stamps[0] < stamps[1], stamps[1][:3])
print(time.strptime("Tue Mar  5 10:11:12 2024"))
print(time.strptime("12/31/99", "%m/%d/%y")[:3], time.strptime("1/2/69", "%m/%d/%y")[:3])
for bad in [("2024-13-01", "%Y-%m-%d"), ("hello", "%H"), ("2024-03-05 extra", "%Y-%m-%d")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
