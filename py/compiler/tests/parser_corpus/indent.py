if a:
	if b:
		pass
	else:
	  pass
# c
  # d

x = 1
\

y = 2
