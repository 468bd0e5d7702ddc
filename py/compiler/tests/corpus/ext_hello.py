# The first program: run it with
#   cargo run --release -p ferrite-unix -- examples/hello.py
import sys

print("Hello from Ferrite!")
print("implementation:", sys.implementation.name)
name = sys.argv[1] if len(sys.argv) > 1 else "world"
print("hello,", name)
