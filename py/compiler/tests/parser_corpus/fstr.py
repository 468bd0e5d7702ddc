a = f'{x!r:>{w}.{p}} {{}} {z!s} {y:%Y-%m} {q:}' F"q" rf'{a}\n' f'{ {1:2}[1] }' f"{'a' if x else 'b'}"
b = f'{x}' 'lit' f'{y!a}' "more"
c = f'''
{x
+ 1}
'''
d = f'{a["k"]}{b[1:2]}{c()!r}{d.e:{f}{g}}'
e = f'{x:>10}' f'{3.5:.2f}' f'{x,}' f'{(yield)}' if 0 else 0
