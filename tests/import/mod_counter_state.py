print("mod_counter_state executing, __name__ =", __name__)
count = 0
_hidden = "h"


def bump():
    global count
    count += 1
    return count


if __name__ == "__main__":
    print("should not print when imported")
