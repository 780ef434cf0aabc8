"""Start-up: process start to the first painted slide, CMQ Desktop vs a bare QLabel window.

Runs ``python -m cmq_desktop --exit-after-first-frame`` and ``bench/bare_window.py``
alternately (so both share the machine's noise), N times each, and prints the median and
p90 of the milliseconds each program prints (process start, from /proc, to its first real
paint) and of the wall time of the whole subprocess (start to exit).

Two rounds: with a bytecode cache (as any installed copy runs: the figure the 1.3x aim is
about) and without one (``PYTHONDONTWRITEBYTECODE=1``, every module of the checkout
compiled at each start, as in a sandbox that sets it); ``--no-bytecode-round`` skips the
second.
"""

from __future__ import annotations

import argparse

from common import (
    APP_STARTUP,
    Samples,
    bare_window_argv,
    interleaved_runs,
    load_average,
    median,
    percentile,
    print_samples,
    ratio,
    summary,
)

TARGET_RATIO = 1.3  # issue 11


def measure(runs: int, app_argv: list[str], bytecode_cache: bool) -> Samples:
    programs = {"app": app_argv, "bare": bare_window_argv()}
    return interleaved_runs(programs, runs, bytecode_cache=bytecode_cache)


def report(samples: Samples, suffix: str, aim: bool) -> None:
    print_samples(samples)
    for kind, label in (("printed", "first paint"), ("wall", "process wall")):
        app_med, bare_med = median(samples["app"][kind]), median(samples["bare"][kind])
        app_p90 = percentile(samples["app"][kind], 0.9)
        bare_p90 = percentile(samples["bare"][kind], 0.9)
        print(
            f"ratio {label}: median {ratio(app_med, bare_med):.2f}x, "
            f"p90 {ratio(app_p90, bare_p90):.2f}x (aim <= {TARGET_RATIO}x); "
            f"app - bare {app_med - bare_med:.0f} ms"
        )
        target = f"<= {TARGET_RATIO}x" if aim else ""
        ok = ratio(app_med, bare_med) <= TARGET_RATIO if aim else None
        summary("startup", f"{label} median{suffix}", app_med, bare_med, "ms", target, ok)
        summary("startup", f"{label} p90{suffix}", app_p90, bare_p90, "ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--deck", help="deck directory for the app (default: the bundled one)")
    parser.add_argument("--no-bytecode-round", action="store_true")
    args = parser.parse_args()
    app_argv = list(APP_STARTUP) + (["--deck", args.deck] if args.deck else [])
    rounds = [(True, "", "with a bytecode cache")]
    if not args.no_bytecode_round:
        rounds.append((False, ", no pyc", "without bytecode cache (PYTHONDONTWRITEBYTECODE=1)"))
    for bytecode_cache, suffix, title in rounds:
        print(f"start-up {title}, {args.runs} interleaved runs each; {load_average()}")
        report(measure(args.runs, app_argv, bytecode_cache), suffix, aim=bytecode_cache)
    print(f"after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
