# helper module (not a test: names starting with mod_ are helpers)
VALUE = 42
print('mod_a loaded')
def hello(name):
    return 'hello ' + name
class Thing:
    kind = 'thing'
_private = 'p'
