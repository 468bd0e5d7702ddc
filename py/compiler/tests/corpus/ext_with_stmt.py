class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, a, b, c):
        print("exit", self.name, a)
        return True


with CM("a") as a, CM("b"):
    print("body", a.name)

with CM("c"):
    raise ValueError


def f():
    for i in range(3):
        with CM(i):
            if i == 1:
                continue
            if i == 2:
                break
            return i


print(f())
