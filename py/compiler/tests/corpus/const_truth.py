from micropython import const
X = const(None)
if X:
    a = 1
Y = const(0)
while Y:
    b = 2
