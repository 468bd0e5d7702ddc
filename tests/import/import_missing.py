try:
    import does_not_exist_module
except ImportError as e:
    print('ImportError', type(e).__name__ in ('ImportError', 'ModuleNotFoundError'))
try:
    from mod_a import no_such_name
except ImportError:
    print('ImportError for name')
