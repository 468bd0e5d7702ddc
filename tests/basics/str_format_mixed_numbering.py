# mixing manual and automatic field numbering in str.format is a ValueError
for fmt in ("{0} {}", "{} {0}", "{} {1}"):
    try:
        print(fmt.format(1, 2))
    except ValueError:
        print("ValueError", fmt)
