#!/usr/bin/env python3
"""Held-out evaluation of the corpus (docs/dataset.md): a pair is TEST when the first hex digit of
SHA-1(id) is 0-3, TRAIN otherwise. Writes the two halves under target/corpus-split and runs
`bin/apimigrate eval` on them (or the launcher given with --cmd)."""
import argparse
import glob
import hashlib
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "corpus-split"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    train, test = [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "examples", "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                case = json.loads(line)
                digit = hashlib.sha1(case["id"].encode("utf-8")).hexdigest()[0]
                (test if digit in "0123" else train).append(line.rstrip("\n"))
    for name, lines in (("train", train), ("test", test)):
        with open(os.path.join(args.out, name + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    subprocess.run([args.cmd, "eval", "--train", os.path.join(args.out, "train.jsonl"), "--test",
                    os.path.join(args.out, "test.jsonl"), "--report", os.path.join(args.out, "report.json"),
                    "--rules-out", os.path.join(args.out, "rules.json")], check=True)
    report = json.load(open(os.path.join(args.out, "report.json"), encoding="utf-8"))
    expected = {json.loads(l)["id"]: json.loads(l) for l in test}
    print("calibration of direct answers (confidence bin: exact matches / cases):")
    bins = {}
    for case in report["cases"]:
        if case["strategy"] != "DIRECT_RULE":
            continue
        b = min(9, int(case["confidence"] * 10)) / 10
        right = normalise(case["output"]) == normalise(expected[case["id"]]["new_code"])
        hit, n = bins.get(b, (0, 0))
        bins[b] = (hit + right, n + 1)
    for b in sorted(bins):
        hit, n = bins[b]
        print(f"  [{b:.1f}, {b + 0.1:.1f}): {hit}/{n} = {hit / n:.3f}")


def normalise(s):
    return "\n".join(line.rstrip() for line in s.splitlines() if line.strip()).strip()


if __name__ == "__main__":
    main()
