def none():
    pass
def early(x):
    if x:
        return 'early'
    return 'late'
def multi():
    return 1, 2
print(none(), early(1), early(0), multi())
def loop():
    for i in range(10):
        if i == 3:
            return i
print(loop())
def nested():
    try:
        return 'try'
    finally:
        print('finally runs')
print(nested())
