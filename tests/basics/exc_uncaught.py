def inner():
    raise ValueError('boom')
def outer():
    inner()
print('before')
outer()
print('not reached')
