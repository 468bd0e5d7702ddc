def f(x):
    try:
        if x:
            raise ValueError
        print('no exc')
    except ValueError:
        print('except')
    else:
        print('else')
    finally:
        print('finally')
f(0)
f(1)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('fin', i)
g()
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    try:
        raise ValueError
    finally:
        print('cleanup')
try:
    k()
except ValueError:
    print('propagated')
