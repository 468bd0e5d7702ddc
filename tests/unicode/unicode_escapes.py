print('\u00e9' == 'é', '\U0001F600' == '😀')
print(repr('é'), repr('\u200b'))
print(b'\xe4\xb8\xad'.decode('utf-8'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeError:
    print('UnicodeError')
