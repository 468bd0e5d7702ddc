a = "__contains__"
b = "NotImplementedError"
c = "maximum recursion depth exceeded"
d = "not_a_builtin_name"
e = "later_identifier"
later_identifier = 1
f = "later_identifier"
g = {"__getitem__": 1, "long key string": 2}
