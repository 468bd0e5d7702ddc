def f():
    import mod_a
    from mod_a import hello
    return hello('local')
print(f())
print('mod_a' in globals())
