print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -1)
print('abc' < 'abd', 'abc' == 'abc', 'b' > 'abc', 'A' < 'a')
print(str(1), str(1.5), str(None), str(True), str([1, 'a']), str((1,)))
print(repr('it\'s'), repr("say \"hi\""), repr('tab\there'), repr('nl\n'), repr('\x00\x7f'))
print(ord('a'), chr(97), ord('\n'))
print(len(''), bool(''), bool('x'))
s = 'abc'
s += 'def'
print(s)
print(list('abc'), tuple('ab'), sorted('cba'))
print(min('hello'), max('hello'))
