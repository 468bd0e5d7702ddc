#!/bin/sh
# Compiles every fixtures/*.py with upstream mpy-cross into fixtures/*.mpy.
# The .mpy files are committed; rerun this only when a fixture source changes.
# The source name recorded in each file is the bare file name, so output does not depend on
# where the repository lives.
set -eu
cd "$(dirname "$0")/fixtures"
for src in *.py; do
    mpy-cross -s "$src" -o "${src%.py}.mpy" "$src"
done
echo "compiled $(ls *.py | wc -l) fixtures with $(mpy-cross --version)"
