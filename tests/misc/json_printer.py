# A JSON-like serializer and parser, round-tripping nested data.


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k in sorted(v):
            items.append(pad + escape(str(k)) + ": " + dumps(v[k], indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError("cannot serialize %s" % type(v).__name__)


class Reader:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":", "expected colon at %d" % self.i
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "}":
                    return d
                if c != ",":
                    raise ValueError("expected , or } at %d" % (self.i - 1))
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "]":
                    return out
                if c != ",":
                    raise ValueError("expected , or ] at %d" % (self.i - 1))
        if c == '"':
            self.i += 1
            buf = []
            while self.s[self.i] != '"':
                ch = self.s[self.i]
                if ch == "\\":
                    self.i += 1
                    e = self.s[self.i]
                    if e == "u":
                        buf.append(chr(int(self.s[self.i + 1 : self.i + 5], 16)))
                        self.i += 4
                    else:
                        buf.append({"n": "\n", "t": "\t"}.get(e, e))
                else:
                    buf.append(ch)
                self.i += 1
            self.i += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        if j == self.i:
            raise ValueError("unexpected %r at %d" % (c, self.i))
        text = self.s[self.i : j]
        self.i = j
        return float(text) if any(ch in text for ch in ".eE") else int(text)


def loads(s):
    r = Reader(s)
    v = r.value()
    r.ws()
    if r.i != len(s):
        raise ValueError("trailing data at %d" % r.i)
    return v


doc = {
    "name": "sensor \"A\"",
    "id": 12345678901234567890,
    "ok": True,
    "err": None,
    "vals": [1, -2.5, 3e-3, [], {}],
    "meta": {"tags": ["x", "y\tz"], "nested": {"deep": [1, [2, [3]]]}},
    "ctl": "bell\x07",
}
s = dumps(doc)
print(s)
print(dumps(doc, indent=2))
back = loads(s)
print(back == doc, sorted(back))
print(loads(dumps(doc, indent=4)) == doc)
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "@", '{"k": tru}', "1 2"]:
    try:
        loads(bad)
        print("parsed?", bad)
    except (ValueError, AssertionError, IndexError) as e:
        print("%-12s %s" % (bad, type(e).__name__))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
