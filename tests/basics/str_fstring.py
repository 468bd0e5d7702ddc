name = 'world'
n = 42
print(f'hello {name}!', f'{n + 1}', f'{n:5d}|', f'{n!r}', f'{name!r:>10}')
print(f'{{literal}}', f'{[1, 2][0]}', f"{'nested'}", f'{n:x}')
x = 3.5
print(f'{x:.2f} {x * 2}')
d = {'k': 'v'}
print(f"{d['k']}")
w = 8
print(f'{n:{w}}|')
print(f'{"a" if n > 0 else "b"}')
