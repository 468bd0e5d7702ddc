s = '中文字符'
print(s, len(s), s[2], s[1:3], list(s))
e = '😀x😃'
print(len(e), e[0] == '😀', e[1], len(e.encode()), e.encode())
print('€100'.split('€'), '-'.join('ab中'))
for ch in 'aé中😀':
    print(ch, ord(ch), len(ch.encode('utf-8')))
