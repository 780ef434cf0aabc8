"""Start-up: process start to the first painted slide, CMQ Desktop vs a bare QLabel window.

Runs ``python -m cmq_desktop --exit-after-first-frame`` and ``bench/bare_window.py``
alternately (so both share the machine's noise), N times each, and prints the median and
p90 of the milliseconds each program prints (process start, from /proc, to its first real
paint) and of the wall time of the whole subprocess (start to exit).

Two rounds: with a bytecode cache (as any installed copy runs: the figure the 1.5x aim is
about) and without one (``PYTHONDONTWRITEBYTECODE=1``, every module of the checkout
compiled at each start, as in a sandbox that sets it); ``--no-bytecode-round`` skips the
second.
"""

from __future__ import annotations

import argparse

from common import (
    APP_STARTUP,
    bare_window_argv,
    check_ok,
    load_average,
    median,
    percentile,
    ratio,
    run_child,
    summary,
)

TARGET_RATIO = 1.5
Samples = dict[str, dict[str, list[float]]]


def measure(runs: int, app_argv: list[str], bytecode_cache: bool) -> Samples:
    samples: Samples = {
        "app": {"printed": [], "wall": []},
        "bare": {"printed": [], "wall": []},
    }
    bare_argv = bare_window_argv()
    # One warm-up of each fills the OS file cache (and the bytecode cache).
    check_ok(run_child(app_argv, bytecode_cache=bytecode_cache), "app warm-up")
    check_ok(run_child(bare_argv, bytecode_cache=bytecode_cache), "bare warm-up")
    for index in range(runs):
        order = [("app", app_argv), ("bare", bare_argv)]
        if index % 2:
            order.reverse()  # neither program always runs right after the other
        for name, argv in order:
            run = check_ok(run_child(argv, bytecode_cache=bytecode_cache), name)
            samples[name]["printed"].append(run.printed_ms)
            samples[name]["wall"].append(run.wall_ms)
    return samples


def report(samples: Samples, suffix: str, aim: bool) -> None:
    print(f"{'':28}{'median':>10}{'p90':>10}{'min':>10}{'max':>10}")
    for name in ("app", "bare"):
        for kind in ("printed", "wall"):
            values = samples[name][kind]
            print(
                f"{name + ' ' + kind + ' ms':28}{median(values):10.1f}"
                f"{percentile(values, 0.9):10.1f}{min(values):10.1f}{max(values):10.1f}"
            )
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
