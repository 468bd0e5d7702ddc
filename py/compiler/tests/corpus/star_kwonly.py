def f(*, a): pass
print(*a, **b)
f(**a, **b)
