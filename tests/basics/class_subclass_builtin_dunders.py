class S(str):
    def __contains__(self, x):
        return True


print("z" in S("abc"))


class D(dict):
    def __iter__(self):
        return iter(["k1"])

    def keys(self):
        return ["k1"]

    def __getitem__(self, k):
        return "gi-" + str(k)


print((lambda **kw: kw)(**D(a=1)))
