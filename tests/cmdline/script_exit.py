import sys
print('exiting')
sys.exit(int(sys.argv[1]) if len(sys.argv) > 1 else None)
