class Base:
    def __init__(self):
        self.trace = ['Base']
    @classmethod
    def create(cls):
        return cls()
    def describe(self):
        return 'base'
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.trace.append('Mid')
    def describe(self):
        return 'mid+' + super().describe()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.trace.append('Leaf')
    def describe(self):
        return 'leaf+' + super().describe()
l = Leaf.create()
print(type(l).__name__, l.trace, l.describe())
