s = 'héllo wörld'
print(s, len(s), s[1], s[-4], s[1:5], s[::-1])
print(s.upper(), s.find('ö'), s.index('w'), 'ö' in s)
e = s.encode()
print(len(e), e[:3], e.decode() == s)
print(ord('é'), chr(233), chr(0x4e2d), ord('中'), hex(ord('€')))
