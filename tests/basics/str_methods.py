s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxaxx'.strip('x')))
print('abc'.upper(), 'ABC'.lower())
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('-'.join(['x', 'y', 'z']), ''.join([]))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'))
print('hello'.count('l'), 'aaaa'.count('aa'), 'hello'.replace('l', 'L'), 'hello'.replace('l', '', 1))
print('hello'.startswith('he'), 'hello'.endswith('lo'), 'hello'.startswith(('x', 'h')))
print('abc'.isalpha(), '123'.isdigit(), ' '.isspace(), 'abc'.islower(), 'ABC'.isupper())
print('|' + 'x'.center(5) + '|')
print('a\nb\nc'.splitlines(), 'abc'.partition('b'), 'abc'.rpartition('x'))
try:
    'hello'.index('z')
except ValueError:
    print('ValueError')
