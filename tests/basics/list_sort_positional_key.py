try:
    l=[3, 1]; l.sort(lambda a: a); print(l)
except TypeError:
    print("TypeError positional key")
try:
    print(sorted([3,1], lambda a: a))
except TypeError:
    print("TypeError positional key")
