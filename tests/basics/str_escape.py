print('a\tb', 'a\\b', 'line1\nline2')
print('\x41\x42', '\101', '\u00e9', len('\u00e9'))
print(r'raw\n', len(r'\n'))
print('''triple
quoted''', """also "this" one""")
print('adjacent' ' strings' " joined")
print('\'' + "\"")
