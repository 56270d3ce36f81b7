# Log lines parsed with re, records round-tripped through json, fields tallied.
import json
import re


def never_called():
    return "unreachable"


LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - \[(?P<day>\d{2})/(?P<mon>\w{3})\] "(?P<verb>GET|POST) (?P<path>/[\w/.-]*)" (?P<status>\d{3}) (?P<size>\d+)')
WORD = re.compile(r'[a-z]+')


def make_lines(n):
    verbs = ["GET", "POST"]
    paths = ["/index.html", "/api/v1/items", "/static/app.js", "/login", "/api/v2/users/list"]
    return [f'10.0.{i % 256}.{i % 7} - [{i % 28 + 1:02d}/Mar] "{verbs[i % 2]} {paths[i % 5]}" {200 + (i % 3) * 100} {i * 37 % 5000}'
            for i in range(n)]


def run(n):
    records = []
    for line in make_lines(n):
        m = LINE.match(line)
        if m:
            rec = m.groupdict()
            rec["size"] = int(rec["size"])
            rec["words"] = WORD.findall(rec["path"])
            records.append(rec)
    text = json.dumps(records, sort_keys=True)
    back = json.loads(text)
    by_status = {}
    total = 0
    for rec in back:
        by_status[rec["status"]] = by_status.get(rec["status"], 0) + 1
        total += rec["size"] + len(rec["words"])
    summary = json.dumps(by_status, sort_keys=True)
    return len(back), len(text), total, re.sub(r'[{}" ]', "", summary)


N = 90000  # bench: scale quick=900
count, length, total, summary = run(N)
print(f"records={count} json={length} total={total} status={summary}")
# bench: never-hit breakpoint at line 7
