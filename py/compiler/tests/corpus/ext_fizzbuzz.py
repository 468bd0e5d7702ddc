# Loops, conditions and f-strings.
for i in range(1, 21):
    if i % 15 == 0:
        word = "FizzBuzz"
    elif i % 3 == 0:
        word = "Fizz"
    elif i % 5 == 0:
        word = "Buzz"
    else:
        word = str(i)
    print(f"{i:2}: {word}")
