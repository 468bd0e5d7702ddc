try:
    import heapq
except ImportError:
    print("SKIP")
    raise SystemExit

h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(5)])
l = [9, 4, 7, 1]
heapq.heapify(l)
print(l[0], heapq.heappop(l), l[0])
