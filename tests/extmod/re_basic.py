try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

m = re.match(r'(\w+) (\d+)', 'hello 123 world')
print(m.group(0), m.group(1), m.group(2), m.groups())
print(re.search(r'\d+', 'abc 42 def').group(0), re.match(r'\d', 'x'))
print(re.sub(r'\s+', '-', 'a  b   c'), re.split(r',\s*', 'a, b,c'))
r = re.compile('a(b*)c')
print(r.match('abbbc').group(1), r.search('xxac').group(0))
print(re.match(r'^[a-z]+$', 'abc') is not None, re.match(r'^[a-z]+$', 'ab1') is None)
