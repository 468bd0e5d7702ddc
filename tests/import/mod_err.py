X = 1
raise ValueError('error while importing')
