counter = 0
def bump():
    global counter
    counter += 1
    def inner():
        return counter * 10
    return inner()
print(bump(), bump(), counter)
