# '0' padding of a string pads on the right (default alignment of str is '<')
print(repr("{:05}".format("ab")), repr("{:03}".format("x")))
# 'd' is an integer presentation type: floats are rejected
for v in (3.0, 2.5):
    try:
        print("{:d}".format(v))
    except ValueError:
        print("ValueError d with float")
