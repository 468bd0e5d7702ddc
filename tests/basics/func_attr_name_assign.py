def f(): pass
f.__name__ = "renamed"
print(f.__name__)
