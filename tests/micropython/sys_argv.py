import sys
print(len(sys.argv), sys.argv[0].split('/')[-1].split('.')[0] == 'sys_argv')
