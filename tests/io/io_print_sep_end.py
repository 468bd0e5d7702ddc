import io
buf = io.StringIO()
print('a', 'b', sep='+', end='=\n', file=buf)
print(1, 2, 3, sep='', file=buf)
print(file=buf)
print(repr(buf.getvalue()))
print('no newline', end='')
print(' continued')
