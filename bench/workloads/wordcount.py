# wordcount: build a text from a deterministic word generator, split it, count in a dict.
import sys

SIZES = {"small": 300, "large": 600000}

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "po", "xu", "ze"]


def words(n):
    state = 7
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (state >> 16) % 3
        w = ""
        s = state
        for _ in range(k):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        out.append(w)
    return out


def cap(s):
    return s[:1].upper() + s[1:].lower()


def main(n):
    text = ""
    lines = []
    ws = words(n)
    for i in range(0, len(ws), 12):
        lines.append(cap(" ".join(ws[i:i + 12])) + ".")
    text = "\n".join(lines)
    counts = {}
    for line in text.split("\n"):
        for w in line.lower().replace(".", "").split():
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print(len(counts), sum(counts.values()))
    for w, c in top:
        print(w, c)


main(SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"])
