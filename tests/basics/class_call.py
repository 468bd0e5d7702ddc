class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
a = Adder(10)
print(a(1), a(1, y=2), callable(a), callable(Adder))
class Meta:
    def __init__(self):
        print('init')
    def __new__(cls):
        print('new')
        return super().__new__(cls)
Meta()
