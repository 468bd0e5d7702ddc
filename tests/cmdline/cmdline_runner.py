"""Runs the cases of cases.py against a micropython binary (called by run-tests.py)."""

import os
import re
import select
import subprocess
import time

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


def _read_until_idle(fd, deadline, idle=0.3):
    """Reads from fd until nothing came for `idle` seconds (or the deadline, or EOF)."""
    data = b""
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], idle)
        if not r:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return data, True
        if not chunk:
            return data, True
        data += chunk
    return data, False


def _waits_for_input(data):
    tail = data.replace(b"\r\n", b"\n").rstrip(b" ")
    return tail.endswith(b">>>") or tail.endswith(b"...")


def _controlling_tty():
    """In the child: a new session whose controlling terminal is the pty (stdin), so that
    Ctrl-C typed there sends SIGINT to the program as on a real terminal."""
    import fcntl
    import termios

    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_pty_case(binary, case, timeout):
    """Drives the binary on a pseudo-terminal, step by step."""
    import pty

    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm")
    env.pop("MICROPYPATH", None)
    try:
        p = subprocess.Popen(
            [binary] + case["args"], cwd=HERE, env=env, stdin=slave, stdout=slave, stderr=slave,
            close_fds=True, preexec_fn=_controlling_tty,
        )
    except OSError as e:
        os.close(master)
        os.close(slave)
        return False, "cannot run %s: %s" % (binary, e)
    os.close(slave)
    deadline = time.monotonic() + timeout
    out = b""
    eof = False
    for step in case["steps"]:
        # Wait for a prompt (or, for a step sent while a program runs, a quiet moment).
        while not eof and time.monotonic() < deadline:
            chunk, eof = _read_until_idle(master, deadline)
            out += chunk
            if _waits_for_input(out) or not chunk:
                break
        if eof:
            break
        os.write(master, step)
        chunk, eof = _read_until_idle(master, deadline)
        out += chunk
    while not eof and time.monotonic() < deadline:
        chunk, eof = _read_until_idle(master, deadline, idle=1.0)
        out += chunk
        if not chunk:
            break
    try:
        status = p.wait(timeout=max(1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        status = "timeout"
    os.close(master)
    got = out.decode("utf-8", "replace").replace("\r\n", "\n")
    missing = [e for e in case["expect"] if e not in got]
    ok = not missing and status == case["status"]
    detail = ""
    if not ok:
        detail = "steps: %r\nexpected status %r, output containing %r\ngot status %r, output:\n%r" % (
            case["steps"], case["status"], missing, status, got,
        )
    return ok, detail


def run_all(binary, timeout):
    from cases import CASES, PTY_CASES

    for case in CASES:
        ok, detail = run_case(binary, case, timeout)
        yield case["name"], ok, detail
    for case in PTY_CASES:
        ok, detail = run_pty_case(binary, case, timeout)
        yield case["name"], ok, detail
