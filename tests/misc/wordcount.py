text = '''the quick brown fox jumps over the lazy dog the fox
and the dog were friends of the quick brown cat'''
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w, c)
