#!/usr/bin/env python3
"""Run a command in a real pseudo-terminal and script it, for jjj's black-box tests.

Reads one JSON object on stdin:
  {"argv": [...], "env": {...}, "cwd": "...", "columns": 80, "rows": 24, "timeout": 20,
   "steps": [{"wait": "text"}, {"send": "keys"}, {"resize": [cols, rows]}, {"signal": "SIGTERM"}]}
A "wait" step waits until the text has appeared in the output since the previous wait.
Writes one JSON object on stdout:
  {"exit": code or -signal, "output": "...", "restored": bool, "before": [...], "after": [...],
   "timedOut": bool}
where before/after are the terminal's modes (iflag, oflag, cflag, lflag) before the command ran
and after it ended: equal when the command gave the terminal back as it found it.
"""
import fcntl
import json
import os
import select
import signal
import struct
import sys
import termios
import time


def winsize(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def main():
    spec = json.load(sys.stdin)
    master, slave = os.openpty()
    winsize(slave, spec.get("columns", 80), spec.get("rows", 24))
    before = termios.tcgetattr(slave)[:4]
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        if slave > 2:
            os.close(slave)
        os.chdir(spec.get("cwd", "."))
        os.execvpe(spec["argv"][0], spec["argv"], spec.get("env", {}))
    output = b""
    seen = 0
    steps = list(spec.get("steps", []))
    deadline = time.time() + spec.get("timeout", 20)
    status = None
    timed_out = False

    def drain(wait):
        nonlocal output
        ready, _, _ = select.select([master], [], [], wait)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            output += data

    while status is None:
        if time.time() > deadline:
            timed_out = True
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
        if steps:
            step = steps[0]
            if "wait" in step:
                needle = step["wait"].encode()
                found = output.find(needle, seen)
                if found >= 0:
                    seen = found + len(needle)
                    steps.pop(0)
                    continue
            elif "send" in step:
                os.write(master, step["send"].encode())
                steps.pop(0)
                continue
            elif "resize" in step:
                cols, rows = step["resize"]
                winsize(master, cols, rows)
                steps.pop(0)
                continue
            elif "signal" in step:
                os.kill(pid, getattr(signal, step["signal"]))
                steps.pop(0)
                continue
            elif "sleep" in step:
                drain(step["sleep"])
                steps.pop(0)
                continue
        drain(0.05)
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = st
    # What is left in the terminal after the command ended.
    while True:
        ready, _, _ = select.select([master], [], [], 0.1)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        output += data
    # Waits that the last output meets: the command may end before its last words were read above.
    while steps and "wait" in steps[0]:
        found = output.find(steps[0]["wait"].encode(), seen)
        if found < 0:
            break
        seen = found + len(steps[0]["wait"].encode())
        steps.pop(0)
    after = termios.tcgetattr(slave)[:4]
    code = os.waitstatus_to_exitcode(status) if status is not None else None
    json.dump(
        {
            "exit": code,
            "output": output.decode("utf-8", "replace"),
            "before": before,
            "after": after,
            "restored": before == after,
            "timedOut": timed_out,
            "stepsLeft": steps,
        },
        sys.stdout,
    )


main()
