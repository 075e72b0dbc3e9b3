#!/usr/bin/env python3
"""Calibration of every match on the peer test halves, whatever tier it was routed to.

Run tools/bench/peer_protocol.py first: it leaves each suite's learned rules.json, test.jsonl and
report.json under --peer (default target/peer). This script rewrites each test half again with
both thresholds at 0, so that every match is applied, and bins the cases by the confidence the
router gave them: the share whose rewrite is exactly the expected code (normalised as in the peer
protocol) should be close to the bin's confidence, or above it. Last, it counts the rewrites whose
input Python parses (`ast.parse` of the interpreter running this script) and whose output does not:
a rewrite must never break the code, whatever its confidence.

Any folder of such subfolders works: `--peer target` after tools/corpus/split_eval.py reads the
corpus split (target/corpus-split).

Usage: tools/bench/peer_calibration.py [--peer DIR] [--cmd LAUNCHER] [--width W]
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_protocol import ROOT, load, normalise, parses  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--peer", default=os.path.join(ROOT, "target", "peer"))
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("--width", type=float, default=0.05, help="width of a confidence bin")
    args = ap.parse_args()
    if not os.path.isdir(args.peer):
        sys.exit(f"peer_calibration: {args.peer}: no such folder (run tools/bench/peer_protocol.py first)")
    bins = defaultdict(lambda: [0, 0])
    broken = []
    failed = 0
    read = 0
    for suite in sorted(os.listdir(args.peer)):
        folder = os.path.join(args.peer, suite)
        needed = [os.path.join(folder, f) for f in ("rules.json", "test.jsonl", "report.json")]
        if not all(os.path.exists(f) for f in needed):
            continue
        routed = {c["id"]: c for c in json.load(open(needed[2], encoding="utf-8"))["cases"]}
        out = os.path.join(folder, "every-match.jsonl")
        proc = subprocess.run([args.cmd, "rewrite", "--rules", needed[0], "--input", needed[1], "--output", out,
                               "--direct-threshold", "0.0", "--guided-threshold", "0.0"], capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{suite}: rewrite failed: {proc.stderr.strip()}", file=sys.stderr)
            failed += 1
            continue
        read += 1
        cases = {c["id"]: c for c in load(needed[1])}
        for result in load(out):
            case = cases[result["id"]]
            if result["output"] == case["old_code"]:
                continue
            if result["id"] not in routed:
                sys.exit(f"peer_calibration: {needed[2]}: no case {result['id']}; the report is older than "
                         f"{needed[1]} (run peer_protocol.py again)")
            confidence = routed[result["id"]]["confidence"]
            low = min(int(confidence / args.width), int(round(1 / args.width)) - 1) * args.width
            bins[round(low, 6)][0] += normalise(result["output"]) == normalise(case["new_code"])
            bins[round(low, 6)][1] += 1
            if parses(case["old_code"]) and not parses(result["output"]):
                broken.append(f"{suite} {result['id']} ({confidence:.2f}): {result['output'][:120]!r}")
    if read == 0:
        sys.exit(f"peer_calibration: {args.peer}: no suite folder with rules.json, test.jsonl and report.json")
    print("| confidence | rewrites | exact | share exact |")
    print("|---|---:|---:|---:|")
    for low in sorted(bins):
        right, total = bins[low]
        print(f"| {low:.2f}-{low + args.width:.2f} | {total} | {right} | {right / total:.3f} |")
    print(f"\nrewrites that break parsing: {len(broken)}")
    for line in broken:
        print(f"  {line}")
    if failed:
        sys.exit(f"peer_calibration: {failed} suite(s) could not be rewritten; see above")


if __name__ == "__main__":
    main()
