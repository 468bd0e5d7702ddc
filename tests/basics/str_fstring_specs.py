x = 3.14159
n = 42
name = "Ada"
items = [1, 2, 3]
d = {"k": "v", "n": 7}
print(f"{x:.2f} {x:8.3f} {x:<8.1f}| {x:e} {x:.3e} {x:g}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n:+d}|{n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08b}")
print(f"{1234567:,} {1234567.891:,.2f} {-1234:,}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^10}|{name:.2}")
print(f"{0.5:%} {0.125:.1%} {2.5:.0f} {3.5:.0f}")
print(f"{items[1]} {d['k']} {d['n'] * 2} {len(items)} {items[-1] + n}")
print(f"{name!r} {name!s} {name.upper()} {name[::-1]}")
w = 12
p = 3
print(f"{x:{w}.{p}f}|{name:>{w}}|")
print(f"{'nested'} {f'{n}'} {'a' if n > 10 else 'b'}")
print(f"{{literal}} {{{n}}}")
print(f"{n}{n}{n}", f"{n=}" if False else "skip")
print(f"{[i * i for i in range(4)]} {sum(i for i in items)}")
print(f"{3 + 4:>4}|{abs(-5) * 2}|")
print(f"{True} {None} {1 == 1.0}")
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
    def __format__(self, spec):
        return "P<%s>" % spec
    def __str__(self):
        return "Pstr"
pt = P()
print(f"{pt.x},{pt.y}", f"{pt}", f"{pt:abc}", f"{pt!s}")
print(f"{-0.0} {1e20} {1.5e-7} {100.0}")
print(f"{12:{'>'}{6}}", f"{'x':{'^'}5}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for nm, price, qty in rows:
    print(f"{nm:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
