A = 'a-before'
import mod_cycle_b
A = 'a-after:' + mod_cycle_b.B
