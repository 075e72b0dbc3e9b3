#!/usr/bin/env python3
"""The learning protocol of shared/benchmarks/README.md ("peer split") over every changing suite.

For each suite: a case is TEST when the first hex digit of SHA-1(id) is 0-7, TRAIN otherwise.
Rules are learned from the train half only (bin/apimigrate eval --train), evaluated on the test
half plus the suite's *_nochange file. Cases marked `options`, `disabled_test` or `xfail`, and
inputs the suite maps to more than one expected output, are left out of scoring.

Usage: tools/bench/peer_protocol.py [--suites DIR] [--out DIR] [SUITE ...]
Prints a markdown table; the per-suite reports land in --out (default target/peer).
"""
import argparse
import ast
import hashlib
import json
import keyword
import io
import os
import subprocess
import sys
import tokenize
import warnings
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def is_test(case_id):
    return hashlib.sha1(case_id.encode("utf-8")).hexdigest()[0] in "01234567"


def excluded(case):
    return bool(case.get("options")) or bool(case.get("disabled_test")) or bool(case.get("xfail"))


def parses(code):
    """Whether the code (str or UTF-8 bytes) parses as Python for the interpreter running this script."""
    warnings.simplefilter("ignore", SyntaxWarning)
    try:
        ast.parse(code)
        return True
    except (SyntaxError, ValueError):
        return False


def names(code):
    out = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type == tokenize.NAME and not keyword.iskeyword(tok.string):
                out.add(tok.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return out


def change(case):
    old, new = names(case["old_code"]), names(case["new_code"])
    return (frozenset(new - old), frozenset(old - new))


def normalise(s):
    return "\n".join(line.rstrip() for line in s.splitlines() if line.strip()).strip()


def write(path, cases):
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--suites", default=os.path.join(ROOT, "..", "shared", "benchmarks", "peer"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "peer"))
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("suite", nargs="*")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    suites = args.suite or sorted(f[:-6] for f in os.listdir(args.suites)
                                  if f.endswith(".jsonl") and not f.endswith("_nochange.jsonl"))
    rows = []
    for suite in suites:
        cases = load(os.path.join(args.suites, suite + ".jsonl"))
        nochange_path = os.path.join(args.suites, suite + "_nochange.jsonl")
        nochange = load(nochange_path) if os.path.exists(nochange_path) else []
        expected_by_input = defaultdict(set)
        for c in cases + nochange:
            expected_by_input[c["old_code"]].add(c["new_code"])
        ambiguous = {k for k, v in expected_by_input.items() if len(v) > 1}
        train = [c for c in cases if not is_test(c["id"])]
        test = [c for c in cases if is_test(c["id"]) and not excluded(c) and c["old_code"] not in ambiguous]
        keep = [c for c in nochange if not excluded(c) and c["old_code"] not in ambiguous]
        train_changes = {change(c) for c in train}
        workdir = os.path.join(args.out, suite)
        os.makedirs(workdir, exist_ok=True)
        write(os.path.join(workdir, "train.jsonl"), train)
        write(os.path.join(workdir, "test.jsonl"), test + keep)
        report = os.path.join(workdir, "report.json")
        cmd = [args.cmd, "eval", "--train", os.path.join(workdir, "train.jsonl"),
               "--test", os.path.join(workdir, "test.jsonl"), "--report", report,
               "--rules-out", os.path.join(workdir, "rules.json")]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{suite}: eval failed: {proc.stderr.strip()}", file=sys.stderr)
            continue
        data = json.load(open(report, encoding="utf-8"))
        by_id = {c["id"]: c for c in data["cases"]}
        changing = [c for c in test if c["old_code"] != c["new_code"]]
        em = sum(normalise(by_id[c["id"]]["output"]) == normalise(c["new_code"]) for c in changing)
        seen = [c for c in changing if change(c) in train_changes]
        em_seen = sum(normalise(by_id[c["id"]]["output"]) == normalise(c["new_code"]) for c in seen)
        direct = [c for c in test + keep if by_id[c["id"]]["strategy"] == "DIRECT_RULE"
                  and by_id[c["id"]]["output"] != c["old_code"]]
        direct_right = sum(normalise(by_id[c["id"]]["output"]) == normalise(c["new_code"]) for c in direct)
        kept = sum(by_id[c["id"]]["output"] == c["old_code"] for c in keep)
        key_api = data["metrics"].get("key_api_accuracy")
        rows.append((suite, len(train), len(changing), em / max(1, len(changing)), len(seen),
                     em_seen / max(1, len(seen)), key_api, len(direct),
                     direct_right / len(direct) if direct else None, len(keep),
                     kept / len(keep) if keep else None))
    print("| suite | train | test (changing) | exact match | test cases whose change is in train | exact match on those "
          "| key-API accuracy | DIRECT_RULE changed | DIRECT_RULE precision | no-change inputs | kept |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {fmt(r[3])} | {r[4]} | {fmt(r[5])} | {fmt(r[6])} | {r[7]} | {fmt(r[8])} "
              f"| {r[9] or 'n/a'} | {fmt(r[10])} |")


if __name__ == "__main__":
    main()
