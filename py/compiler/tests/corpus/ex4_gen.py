def g(n):
    try:
        yield n
        yield 1 // n
    except ZeroDivisionError as e:
        yield -1
    finally:
        print("done")
print(list(g(0)))
