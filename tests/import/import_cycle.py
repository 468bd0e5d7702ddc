import mod_cycle_a
print(mod_cycle_a.A, mod_cycle_a.mod_cycle_b.B)
