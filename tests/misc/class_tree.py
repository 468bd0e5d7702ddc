class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = Node(k)
            return
        n = self.root
        while True:
            if k < n.key:
                if n.left is None:
                    n.left = Node(k)
                    return
                n = n.left
            else:
                if n.right is None:
                    n.right = Node(k)
                    return
                n = n.right
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t))
