while 'hello':
    break
if 'x':
    a = 1
if '':
    b = 1
if 1.5:
    c = 1
if (1,):
    d = 1
if ...:
    e = 1
if b'':
    f = 1
if 'long string value here':
    g = 1
x = 'y' if 'q' else 'z'
