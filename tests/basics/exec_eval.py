print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'))
g = {'a': 5}
print(eval('a * 2', g))
exec('b = a + 1', g)
print(g['b'])
exec('def f(x):\n    return x * 10', g)
print(g['f'](4))
l = {}
exec('y = 7', g, l)
print(l['y'])
code = compile('z = 3', '<string>', 'exec')
exec(code, g)
print(g['z'])
print(eval(compile('2 ** 8', '<string>', 'eval')))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
