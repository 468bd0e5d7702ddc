# json: dumps/loads/dump/load for dict, list, tuple, str, int, float, bool and None.


def _quote(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def dumps(obj, separators=None):
    item_sep, key_sep = separators if separators else (", ", ": ")
    parts = []

    def enc(o):
        if o is None:
            parts.append("null")
        elif o is True:
            parts.append("true")
        elif o is False:
            parts.append("false")
        elif isinstance(o, str):
            parts.append(_quote(o))
        elif isinstance(o, (int, float)):
            parts.append(repr(o))
        elif isinstance(o, (list, tuple)):
            parts.append("[")
            for i, x in enumerate(o):
                if i:
                    parts.append(item_sep)
                enc(x)
            parts.append("]")
        elif isinstance(o, dict):
            parts.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    parts.append(item_sep)
                if not isinstance(k, str):
                    k = dumps(k) if not isinstance(k, bool) else ("true" if k else "false")
                parts.append(_quote(k))
                parts.append(key_sep)
                enc(v)
            parts.append("}")
        else:
            raise TypeError("%r is not JSON serializable" % (o,))

    enc(obj)
    return "".join(parts)


def dump(obj, stream, separators=None):
    stream.write(dumps(obj, separators))


class _Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def error(self):
        raise ValueError("syntax error in JSON")

    def ws(self):
        s, i = self.s, self.i
        while i < len(s) and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        s = self.s
        if self.i >= len(s):
            self.error()
        c = s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.i < len(s) and s[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                if self.i >= len(s) or s[self.i] != '"':
                    self.error()
                k = self.string()
                self.ws()
                if self.i >= len(s) or s[self.i] != ":":
                    self.error()
                self.i += 1
                d[k] = self.value()
                self.ws()
                if self.i < len(s) and s[self.i] == ",":
                    self.i += 1
                elif self.i < len(s) and s[self.i] == "}":
                    self.i += 1
                    return d
                else:
                    self.error()
        if c == "[":
            self.i += 1
            l = []
            self.ws()
            if self.i < len(s) and s[self.i] == "]":
                self.i += 1
                return l
            while True:
                l.append(self.value())
                self.ws()
                if self.i < len(s) and s[self.i] == ",":
                    self.i += 1
                elif self.i < len(s) and s[self.i] == "]":
                    self.i += 1
                    return l
                else:
                    self.error()
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(s) and s[j] in "+-0123456789.eE":
            j += 1
        text = s[self.i:j]
        if not text:
            self.error()
        self.i = j
        if "." in text or "e" in text or "E" in text:
            return float(text)
        return int(text)

    def string(self):
        s = self.s
        self.i += 1
        out = []
        while True:
            if self.i >= len(s):
                self.error()
            c = s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                self.i += 1
                if self.i >= len(s):
                    self.error()
                e = s[self.i]
                if e == "u":
                    out.append(chr(int(s[self.i + 1:self.i + 5], 16)))
                    self.i += 5
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(e, e))
                self.i += 1
            else:
                out.append(c)
                self.i += 1


def loads(s):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode()
    p = _Parser(s)
    v = p.value()
    p.ws()
    if p.i != len(s):
        p.error()
    return v


def load(stream):
    return loads(stream.read())
