import sys
print('cmdmod running as', __name__)
print('args', sys.argv[1:])
