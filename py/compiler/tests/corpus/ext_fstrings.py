name = "world"
n = 42
f = 3.14159
print(f"hello {name}!")
print(f"{n:5d}|{n:<5}|{n:>5}|{n:^5}")
print(f"{f:.2f} {f!r} {name!s}")
print(f"{n + 1} {n * 2} {'nested'}")
print(f"{{literal}} {n}")
