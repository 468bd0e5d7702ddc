__all__ = ["clamp"]


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def not_exported():
    return 0
