class Str3(str):
    def __eq__(self, o):
        return True
print(Str3("a") == "b", "b" == Str3("a"), Str3("a") != "b")
class CI(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
print(CI("Hello") == "HELLO", CI("x") in ["X"])
class I2(int):
    def __eq__(self, o):
        return True
print(I2(1) == 2)
class T2(tuple):
    def __eq__(self, o):
        return "tuple-eq"
print(T2((1,)) == (2,))
class L2(list):
    def __lt__(self, o):
        return "lt"
    def __add__(self, o):
        return "add"
    def __len__(self):
        return 99
    def __contains__(self, x):
        return True
print(L2() < [], L2() + [], len(L2()), 5 in L2())
class D2(dict):
    def __getitem__(self, k):
        return "always"
    def __contains__(self, k):
        return True
print(D2()["x"], "q" in D2())
