"""Running a benchmark's measured step in a child process, with the child's own peak memory.

The peak is ``VmHWM`` from /proc/self/status, read by the child at its end. ``ru_maxrss`` would
not do: Linux carries a parent's peak across the fork and exec that start a child, so it counted
the benchmark's generator too (the phone benchmarks' first figures did)."""

from __future__ import annotations

import subprocess
import sys

_PEAK = """
def _own_peak_mb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):  # not Linux: the best there is
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("peak", _own_peak_mb())
"""


def run(code: str) -> tuple[str, float]:
    """(what ``code`` printed, the child's own peak RSS in MB) of a Python child running ``code``."""
    done = subprocess.run([sys.executable, "-c", code + "\n" + _PEAK], capture_output=True, text=True, check=True)
    out, _, last = done.stdout.rstrip("\n").rpartition("\n")
    return out, float(last.split()[1])
