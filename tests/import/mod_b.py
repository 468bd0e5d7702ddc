import mod_a
DOUBLE = mod_a.VALUE * 2
