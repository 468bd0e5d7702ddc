import mod_a
print(sorted(n for n in dir(mod_a) if not n.startswith('__')))
mod_a.NEW = 1
import mod_a as again
print(again.NEW)
print(type(mod_a).__name__)
