import mod_cycle_a
B = 'b-sees:' + mod_cycle_a.A
