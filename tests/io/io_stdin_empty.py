import sys
data = sys.stdin.read()
print(repr(data))
try:
    input()
except EOFError:
    print('EOFError')
