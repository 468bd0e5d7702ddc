print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'abc' if c != 'b'])
x = 'outer'
print([x for x in range(2)], x)
print({x: x * 2 for x in range(3)}, sorted({x % 3 for x in range(10)}))
