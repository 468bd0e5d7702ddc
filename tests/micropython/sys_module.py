import sys
print(sys.implementation.name, type(sys.version).__name__)
print(sys.version_info[0], len(sys.version_info) >= 3)
print(type(sys.maxsize).__name__, sys.byteorder in ('little', 'big'))
print(sys.path[0] != None, type(sys.modules).__name__)
print(hasattr(sys, 'exit'), hasattr(sys, 'print_exception'))
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit', e.args)
