class Bad:
    def __init__(self, ok):
        if not ok:
            raise ValueError('refused')
        self.ok = ok
try:
    Bad(False)
except ValueError as e:
    print('init raised', e.args)
print(Bad(True).ok)
class R:
    def __init__(self):
        return None
print(type(R()).__name__)
