x = 1
w = 5
p = 2
b = f"{x!s:^{w}.{p}}"
c = f"{{}}{x}}}"
d = "pre" f"{x}" "post"
e = f"{x}" f"{w}"
g = f"{'q'}"
h = f"{x:>10}"
j = f"{x:{w}}"
k = f"{[v for v in range(x)]}"
l = f"{ {'a': 1}['a'] }"
def fn(y):
    return f"{y}{y!r}"
