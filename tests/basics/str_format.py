print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}{y}'.format(x=1, y=2))
print('{:5}|{:<5}|{:>5}|{:^5}|'.format(1, 2, 3, 4))
print('{:*^9}'.format('mid'), '{:08.3f}'.format(3.14159), '{:+d}'.format(7))
print('{:x} {:X} {:o} {:b} {:#x}'.format(255, 255, 8, 5, 255))
print('{:,}'.format(1234567), '{!r}'.format('s'), '{0[1]}'.format([5, 6]))
print('{{}}'.format(), '{:s}'.format('str'), '{:10}|'.format('left'))
class P:
    x = 9
print('{0.x}'.format(P()))
