a = math.nan
b = math.nan
c = 0.0
d = -0.0
e = 0.0
f = 1e400 - 1e400
