_kinds = {}


def register(name):
    def deco(cls):
        _kinds[name] = cls
        cls.name = name
        return cls

    return deco


def lookup(name):
    if name not in _kinds:
        from .solids import cube  # noqa: F401  (lazy import registers more kinds)
    return _kinds[name]


def names():
    return sorted(_kinds)
