import mod_b
print(mod_b.DOUBLE, mod_b.mod_a.VALUE)
