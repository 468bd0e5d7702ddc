import sys
print('out line')
sys.stderr.write('err line\n')
print('out again')
