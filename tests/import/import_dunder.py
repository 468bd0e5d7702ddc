m = __import__('mod_a')
print(m.VALUE)
import sys
print(sys.modules['mod_a'] is m)
p = __import__('pkg.mod')
print(p.__name__)
