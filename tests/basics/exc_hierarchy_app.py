class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__("missing " + key, code=2)
        self.key = key


def load(cfg, key):
    if key not in cfg:
        raise MissingKey(key)
    v = cfg[key]
    if not isinstance(v, int):
        raise ConfigError("bad type for " + key, 3)
    return v


cfg = {"a": 1, "b": "x"}
for k in ["a", "b", "c"]:
    try:
        print("ok", load(cfg, k))
    except MissingKey as e:
        print("MissingKey", e, e.key, e.code, e.args)
    except ConfigError as e:
        print("ConfigError", e, e.args)

# catch by a base class and by the builtin the class also derives from
for exc_type in (AppError, KeyError, LookupError, Exception):
    try:
        load({}, "zz")
    except exc_type as e:
        print("caught as", exc_type.__name__, type(e).__name__)

print(issubclass(MissingKey, LookupError), issubclass(ConfigError, KeyError))
print([c.__name__ for c in MissingKey.__bases__])


# exception with no args, with one, with many
class E(Exception):
    pass


for e in (E(), E("one"), E("a", 2, None)):
    print(repr(str(e)), e.args, len(e.args))


# exception object attributes can be added freely
try:
    err = ValueError("v")
    err.extra = {"line": 3}
    raise err
except ValueError as e:
    print(e.extra["line"], e is err)


# exception class selected dynamically from a tuple
handlers = (ZeroDivisionError, IndexError)


def trial(f):
    try:
        f()
        return "none"
    except handlers as e:
        return type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__


print(trial(lambda: 1 // 0), trial(lambda: [][0]), trial(lambda: {}[0]), trial(lambda: 0))


# BaseException subclasses skip "except Exception"
class Quit(BaseException):
    pass


try:
    try:
        raise Quit()
    except Exception:
        print("wrong")
except BaseException as e:
    print("got", type(e).__name__, isinstance(e, Exception))
