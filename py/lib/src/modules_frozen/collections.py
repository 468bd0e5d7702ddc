# collections: namedtuple, deque and OrderedDict, as MicroPython's collections module has them.


def namedtuple(name, fields, *args, **kwargs):
    if isinstance(fields, str):
        fields = fields.replace(",", " ").split()
    fields = tuple(fields)
    n = len(fields)

    def __new__(cls, *args, **kw):
        if len(args) > n:
            raise TypeError("too many positional arguments")
        values = list(args)
        for f in fields[len(args):]:
            if f not in kw:
                raise TypeError("missing argument '%s'" % f)
            values.append(kw.pop(f))
        if kw:
            raise TypeError("unexpected keyword argument '%s'" % next(iter(kw)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return name + "(" + ", ".join("%s=%r" % (f, self[i]) for i, f in enumerate(fields)) + ")"

    def _asdict(self):
        return OrderedDict(zip(fields, self))

    def _replace(self, **kw):
        return cls(*[kw.pop(f, self[i]) for i, f in enumerate(fields)])

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "_fields": fields,
        "_asdict": _asdict,
        "_replace": _replace,
    }
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(name, (tuple,), ns)
    return cls


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(list(self.keys()))) if last else next(iter(self))
        return key, self.pop(key)


class deque:
    def __init__(self, iterable=(), maxlen=None, flags=0):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self.maxlen)
