class AppError(Exception):
    pass
print('start')
raise AppError('custom failure', 3)
