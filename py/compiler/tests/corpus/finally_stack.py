try:
    pass
finally:
    x = f(1, 2, 3, 4, 5, 6)
for i in x:
    try:
        break
    finally:
        y = f(1, 2, 3, 4)
