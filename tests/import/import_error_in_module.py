try:
    import mod_err
except ValueError as e:
    print('ValueError', e.args)
