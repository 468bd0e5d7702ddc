class A:
    def hi(self):
        return 1
class B(A):
    def hi(self):
        return super().hi() + 1
print(B().hi())
