try:
    import time
except ImportError:
    print("SKIP")
    raise SystemExit

t0 = time.time()
print(type(t0).__name__ in ('int', 'float'), t0 > 1600000000)
time.sleep(0.01)
if hasattr(time, 'ticks_ms'):
    a = time.ticks_ms()
    time.sleep_ms(5)
    print(time.ticks_diff(time.ticks_ms(), a) >= 4)
else:
    print(True)
