#!/bin/sh
# Regenerates the upstream fixtures of the compiler snapshot test: for every
# tests/corpus/NAME.py, NAME.mpy from upstream mpy-cross (1.29) and NAME.ast.json, the
# CPython AST our emitter can be fed without our parser.
set -e
cd "$(dirname "$0")/../corpus"
for f in *.py; do
    n="${f%.py}"
    mpy-cross -s "$f" -o "$n.mpy" "$f"
    python3 ../tools/pyast_json.py "$f" > "$n.ast.json"
done
