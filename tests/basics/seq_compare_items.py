# Ordering of lists and tuples item by item, including an __eq__ that empties a list while
# it is compared, and mixed types.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, "a"] < [1, "b"], (2,) > (1, 9), [] < [0], (1, 2) <= (1, 2), [3] >= [3, 0])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "y")]), sorted([[3, 1], [3], [2, 9]]))
class E:
    def __init__(self, v, l): self.v, self.l = v, l
    def __eq__(self, o):
        self.l.clear()
        return False
    def __lt__(self, o): return True
l1 = []
l1.extend([E(1, l1), 5])
l2 = [E(2, l1), 6]
print(l1 < l2, len(l1))
try:
    (1, "a") < (1, 2)
except TypeError:
    print("TypeError")
