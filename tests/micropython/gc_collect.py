import gc
gc.collect()
before = gc.mem_free()
keep = [bytearray(100) for _ in range(50)]
after = gc.mem_free()
print('mem_free decreases', after < before)
print('mem_alloc positive', gc.mem_alloc() > 0)
del keep
gc.collect()
freed = gc.mem_free()
print('memory returns', freed > after)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
