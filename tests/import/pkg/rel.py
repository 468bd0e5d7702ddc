from .mod import f
VALUE = 'rel:' + f()
