# micro: string building, joining, slicing and searching.
import sys
N = {"small": 500, "large": 200000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def f(n):
    parts = []
    s = ""
    for i in range(n):
        parts.append(str(i))
        if i % 100 == 0:
            s = ""
        s += "ab"
    text = ",".join(parts)
    total = 0
    for i in range(0, len(text) - 10, 7):
        chunk = text[i:i + 10]
        total += chunk.find(",") + len(chunk.split(","))
    return len(text), total, len(s), text[-20:]
print(f(N))
