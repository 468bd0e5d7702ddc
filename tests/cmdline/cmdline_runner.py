"""Runs the cases of cases.py against a micropython binary (called by run-tests.py)."""

import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def matches(expected, got):
    """Line by line; an expected line starting with `~` is a regular expression."""
    exp_lines = expected.split("\n")
    got_lines = got.split("\n")
    if len(exp_lines) != len(got_lines):
        return False
    for e, g in zip(exp_lines, got_lines):
        if e.startswith("~"):
            if not re.fullmatch(e[1:], g):
                return False
        elif e != g:
            return False
    return True


def run_case(binary, case, timeout):
    env = dict(os.environ)
    env.pop("MICROPYPATH", None)
    env.update(case.get("env", {}))
    stdin = (case.get("stdin") or "").encode()
    try:
        p = subprocess.run(
            [binary] + case["args"],
            cwd=HERE,
            env=env,
            input=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return False, "timed out after %ds" % timeout
    except OSError as e:
        return False, "cannot run %s: %s" % (binary, e)
    got = p.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    ok = matches(case["out"], got) and p.returncode == case["status"]
    detail = ""
    if not ok:
        detail = "args: %r\nstdin: %r\nexpected status %d, output:\n%s\ngot status %d, output:\n%s" % (
            case["args"],
            case.get("stdin"),
            case["status"],
            case["out"],
            p.returncode,
            got,
        )
    return ok, detail


def run_all(binary, timeout):
    from cases import CASES

    for case in CASES:
        ok, detail = run_case(binary, case, timeout)
        yield case["name"], ok, detail
