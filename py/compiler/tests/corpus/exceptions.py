try:
    f()
except ValueError:
    print(1)
except (TypeError, KeyError) as e:
    print(e)
except:
    raise
else:
    print(2)
finally:
    print(3)
try:
    f()
finally:
    g()
try:
    pass
except Exception as e:
    pass
def h(x):
    try:
        return x
    finally:
        print(x)
def k(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        except Exception:
            break
        finally:
            pass
    while xs:
        try:
            try:
                break
            finally:
                pass
        except:
            continue
def m():
    try:
        raise ValueError("x")
    except ValueError as e:
        raise TypeError() from e
    raise
def n():
    try:
        return 1
    except:
        return 2
    else:
        return 3
