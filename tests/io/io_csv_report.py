# Write a CSV file, read it back line by line, aggregate, and write a report.
import os

NAME = "io_csv_report_tmp.csv"
OUT = "io_csv_report_tmp.txt"
rows = [
    ("date", "item", "qty", "price"),
    ("2024-01-03", "apple", 3, 0.5),
    ("2024-01-03", "pear", 1, 0.75),
    ("2024-01-04", "apple", 10, 0.45),
    ("2024-01-05", "fig, dried", 2, 3.0),
    ("2024-01-05", "pear", 4, 0.7),
]


def quote(v):
    s = str(v)
    if "," in s or '"' in s:
        s = '"' + s.replace('"', '""') + '"'
    return s


def parse_line(line):
    fields = []
    cur = []
    inq = False
    i = 0
    while i < len(line):
        c = line[i]
        if inq:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    inq = False
            else:
                cur.append(c)
        elif c == '"':
            inq = True
        elif c == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields


with open(NAME, "w") as f:
    for r in rows:
        n = f.write(",".join(quote(v) for v in r) + "\n")
print("last write returned", n)

with open(NAME) as f:
    header = parse_line(f.readline().rstrip("\n"))
    print("header", header)
    records = []
    while True:
        line = f.readline()
        if not line:
            break
        rec = dict(zip(header, parse_line(line.rstrip("\n"))))
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
        records.append(rec)
print(len(records), records[3])

totals = {}
by_day = {}
for r in records:
    amount = r["qty"] * r["price"]
    totals[r["item"]] = totals.get(r["item"], 0) + amount
    by_day.setdefault(r["date"], []).append(r["item"])

with open(OUT, "w") as f:
    f.write("%-12s %8s\n" % ("item", "total"))
    for item in sorted(totals, key=lambda k: (-totals[k], k)):
        f.write("%-12s %8.2f\n" % (item, totals[item]))
    f.write("days: %d\n" % len(by_day))
    print("%s" % "written", file=f)

with open(OUT) as f:
    text = f.read()
print(text, end="")
print(text.count("\n"), "lines")

with open(NAME, "rb") as f:
    raw = f.read()
print(len(raw), raw[:10], raw.count(b"\n"))

with open(NAME, "a") as f:
    f.write("2024-01-06,kiwi,1,1.25\n")
with open(NAME) as f:
    lines = f.readlines()
print(len(lines), lines[-1].strip())
with open(NAME) as f:
    print(sum(1 for _ in f), "lines by iteration")

os.remove(NAME)
os.remove(OUT)
try:
    open(NAME)
except OSError:
    print("removed")
