try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit

print(json.dumps([1, 2.5, 'a', None, True, False]))
print(json.dumps({'k': [1, {'n': None}]}))
print(json.dumps('quote " and \\ and \n'))
print(json.loads('[1, 2.5, "a", null, true, false]'))
print(json.loads('{"a": {"b": [1, 2]}}')['a']['b'][1])
print(json.loads('"\\u00e9"'), json.loads(' 42 '), json.loads('-1.5e2'))
for bad in ('[1,', 'nul', ''):
    try:
        json.loads(bad)
    except ValueError:
        print('ValueError', repr(bad))
