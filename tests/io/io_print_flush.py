import sys
sys.stdout.write('written\n')
print('print', flush=True)
n = sys.stdout.write('abc')
print()
print(n)
print('to stdout', file=sys.stdout)
