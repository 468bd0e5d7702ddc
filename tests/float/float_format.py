x = 3.14159265
print('%f' % x, '%.2f' % x, '%e' % x, '%g' % x, '%10.3f|' % x)
print('{:.3f}'.format(x), '{:8.2f}|'.format(x), '{:e}'.format(12345.678), '{:g}'.format(0.00001234))
print(f'{x:.1f}', f'{-x:+.2f}', f'{1e20:.0f}', f'{0.5:%}')
print('%.0f' % 0.5, '%.0f' % 1.5, '%.3g' % 1234567.0)
print('{:.1f}'.format(2.5), '{:.10f}'.format(1/3))
