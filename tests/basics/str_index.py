s = 'hello world'
print(s[0], s[-1], s[4], len(s))
print(s[1:4], s[:5], s[6:], s[-5:], s[:-6], s[:])
print(s[::2], s[::-1], s[1:8:3], s[8:1:-2], s[100:], s[-100:3])
try:
    s[20]
except IndexError:
    print('IndexError')
print('o' in s, 'xyz' in s, 'lo w' in s, '' in s)
