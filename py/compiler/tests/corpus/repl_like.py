1 + 1
"abc"
x = 5
x
print(x)
[i for i in range(3)]
