x = [[[[[[[[[[1]]]]]]]]]]
print(x)
d = {}
cur = d
for i in range(50):
    cur['n'] = {}
    cur = cur['n']
print(len(str(d)))
l = []
for i in range(1000):
    l = [l]
depth = 0
while l:
    l = l[0]
    depth += 1
print(depth)
