class MyError(Exception):
    pass
class Detailed(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise Detailed(42, 'oops')
except MyError as e:
    print(type(e).__name__, e.code, e.args, str(e))
print(issubclass(Detailed, Exception), issubclass(MyError, BaseException))
try:
    raise MyError
except MyError as e:
    print('class raised', e.args)
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr()))
