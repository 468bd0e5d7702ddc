# A tokenizer and recursive-descent evaluator for a small expression language.


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "%s(%r)@%d" % (self.kind, self.text, self.pos)


class LexError(Exception):
    pass


class ParseError(Exception):
    pass


KEYWORDS = {"let", "in", "if", "then", "else"}
OPS = ["==", "!=", "<=", ">=", "**", "+", "-", "*", "/", "%", "(", ")", "<", ">", "=", ","]


def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Token("NUM", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Token("KW" if word in KEYWORDS else "ID", word, i))
            i = j
        elif c == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise LexError("unterminated string at %d" % i)
            out.append(Token("STR", src[i + 1 : j], i))
            i = j + 1
        else:
            for op in OPS:
                if src.startswith(op, i):
                    out.append(Token("OP", op, i))
                    i += len(op)
                    break
            else:
                raise LexError("bad char %r at %d" % (c, i))
    out.append(Token("EOF", "", len(src)))
    return out


class Parser:
    BINARY = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, text=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (text and t.text != text):
            raise ParseError("expected %s at %d, got %r" % (text or kind, t.pos, t.text))
        self.i += 1
        return t

    def expr(self):
        t = self.peek()
        if t.kind == "KW" and t.text == "let":
            self.take()
            name = self.take("ID").text
            self.take("OP", "=")
            val = self.expr()
            self.take("KW", "in")
            return ("let", name, val, self.expr())
        if t.kind == "KW" and t.text == "if":
            self.take()
            c = self.expr()
            self.take("KW", "then")
            a = self.expr()
            self.take("KW", "else")
            return ("if", c, a, self.expr())
        return self.binary(0)

    def binary(self, level):
        if level == len(self.BINARY):
            return self.power()
        left = self.binary(level + 1)
        while self.peek().kind == "OP" and self.peek().text in self.BINARY[level]:
            op = self.take().text
            left = ("bin", op, left, self.binary(level + 1))
        return left

    def power(self):
        base = self.unary()
        if self.peek().text == "**":
            self.take()
            return ("bin", "**", base, self.power())
        return base

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        t = self.take()
        if t.kind == "NUM":
            return ("num", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "STR":
            return ("num", t.text)
        if t.kind == "ID":
            if self.peek().text == "(":
                self.take()
                args = []
                while self.peek().text != ")":
                    args.append(self.expr())
                    if self.peek().text == ",":
                        self.take()
                self.take("OP", ")")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.text == "(":
            e = self.expr()
            self.take("OP", ")")
            return e
        raise ParseError("unexpected %r at %d" % (t.text, t.pos))


BIN = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a**b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
}
FUNCS = {"max": max, "min": min, "abs": abs, "len": len, "upper": lambda s: s.upper()}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        return BIN[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "let":
        inner = dict(env)
        inner[node[1]] = evaluate(node[2], env)
        return evaluate(node[3], inner)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    raise ValueError(kind)


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "let x = 5 in x * x - 1",
    "let a = 2 in let b = a + 1 in a * b",
    "if 3 > 2 then 10 else 20",
    'upper("hi") + "!"',
    "max(3, 9, 4) - min(7, 2)",
    "10 / 4 + 7 % 3",
    "len(\"abcd\") == 4",
    "1 +",
    "let = 3",
    "3 $ 4",
    '"open',
    "y + 1",
    "1 / 0",
]
print(tokenize("let x1 = 3.5 in x1*2 >= 7"))
for p in programs:
    try:
        ast = Parser(tokenize(p)).expr()
        print("%-32s => %r" % (p, evaluate(ast, {})))
    except (LexError, ParseError) as e:
        print("%-32s !! %s: %s" % (p, type(e).__name__, e))
    except KeyError as e:
        print("%-32s !! unbound %s" % (p, e.args[0]))
    except ZeroDivisionError:
        print("%-32s !! division by zero" % p)
