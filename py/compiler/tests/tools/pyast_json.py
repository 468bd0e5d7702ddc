"""Dump CPython's ast of a Python file as JSON, in the shape of ferrite's ast.rs.

Test-support tool: lets the emitter be tested on ASTs that do not depend on our parser.
Usage: python3 pyast_json.py FILE.py > FILE.ast.json
"""
import ast
import json
import sys


def conv(node):
    if isinstance(node, list):
        return [conv(x) for x in node]
    if node is None or isinstance(node, (str, int)):
        return node
    if isinstance(node, ast.AST):
        out = {"_t": type(node).__name__}
        for f in node._fields:
            v = getattr(node, f, None)
            if isinstance(node, ast.Constant) and f == "value":
                out["value"] = const(v)
            elif f == "ctx":
                out["ctx"] = type(v).__name__
            elif f in ("op",):
                out["op"] = type(v).__name__
            elif f == "ops":
                out["ops"] = [type(o).__name__ for o in v]
            else:
                out[f] = conv(v)
        if hasattr(node, "lineno"):
            out["lineno"] = node.lineno
        return out
    raise TypeError(repr(node))


def const(v):
    if v is None:
        return {"k": "None"}
    if v is True:
        return {"k": "True"}
    if v is False:
        return {"k": "False"}
    if v is Ellipsis:
        return {"k": "Ellipsis"}
    if isinstance(v, int):
        return {"k": "Int", "v": str(v)}
    if isinstance(v, float):
        return {"k": "Float", "v": v.hex()}
    if isinstance(v, complex):
        return {"k": "Imag", "v": v.imag.hex()}
    if isinstance(v, str):
        return {"k": "Str", "v": v}
    if isinstance(v, bytes):
        return {"k": "Bytes", "v": list(v)}
    raise TypeError(repr(v))


def main():
    src = open(sys.argv[1], encoding="utf-8").read()
    tree = ast.parse(src)
    json.dump(conv(tree), sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
