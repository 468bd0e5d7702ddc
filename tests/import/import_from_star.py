from mod_a import *
print(VALUE, hello('star'), Thing.kind)
try:
    _private
except NameError:
    print('private not imported')
