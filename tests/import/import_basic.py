import mod_a
print(mod_a.VALUE, mod_a.hello('x'), mod_a.Thing.kind)
import mod_a
print('second import does not reload')
import mod_a as alias
print(alias is mod_a, alias.__name__)
from mod_a import VALUE, hello as hi
print(VALUE, hi('y'))
import sys
print('mod_a' in sys.modules)
