#!/usr/bin/env python3
"""Direct answers the shipped rules give on other libraries' code.

The shipped rules are learned from data/examples (numpy, pandas, SciPy, Matplotlib, scikit-learn,
TensorFlow, PyTorch). The peer suites of django-upgrade, pyupgrade, bump-pydantic and ruff's
airflow rules hold code written against none of those libraries, their no-change files included.
This script routes every input of those suites through `apimigrate rewrite` with the shipped rules
and counts the strategies: each DIRECT_RULE answer there is a candidate false rewrite, and is
listed. Nothing is learned from the suites; they are only read.

Usage: tools/bench/foreign_suites.py [--rules RULES] [--cmd LAUNCHER] [--peer DIR]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUITES = ("django_upgrade", "django_upgrade_nochange", "pyupgrade", "pyupgrade_nochange", "bump_pydantic",
          "bump_pydantic_nochange", "ruff_airflow")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", help="rules to apply (default: learned from data/examples)")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("--peer", default=os.path.join(os.path.dirname(ROOT), "shared", "benchmarks", "peer"),
                    help="folder of the peer suites' .jsonl files")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="foreign-") as work:
        rules = args.rules or os.path.join(work, "rules.json")
        if not args.rules:
            run([args.cmd, "learn", "--examples", os.path.join(ROOT, "data", "examples"), "--out", rules])
        inputs = os.path.join(work, "inputs.jsonl")
        sources = {}
        with open(inputs, "w", encoding="utf-8") as out:
            for suite in SUITES:
                path = os.path.join(args.peer, suite + ".jsonl")
                if not os.path.exists(path):
                    sys.exit(f"foreign_suites: {path}: no such file (see --peer)")
                with open(path, encoding="utf-8") as lines:
                    for line in lines:
                        case = json.loads(line)
                        ident = f"{suite}:{case['id']}"
                        sources[ident] = case["old_code"]
                        out.write(json.dumps({"id": ident, "old_code": case["old_code"]}) + "\n")
        results = os.path.join(work, "results.jsonl")
        run([args.cmd, "rewrite", "--rules", rules, "--input", inputs, "--output", results])
        counts = collections.Counter()
        direct = []
        with open(results, encoding="utf-8") as lines:
            for line in lines:
                result = json.loads(line)
                counts[result["strategy"]] += 1
                if result["strategy"] == "DIRECT_RULE":
                    direct.append(result)
    print(f"inputs: {len(sources)} from {', '.join(SUITES)}")
    print("strategies: " + ", ".join(f"{name} {count}" for name, count in sorted(counts.items())))
    for result in direct:
        before = sources[result["id"]].strip().replace("\n", "\\n")[:100]
        after = result["output"].strip().replace("\n", "\\n")[:100]
        print(f"DIRECT {result['id']} {','.join(result['rules'])}: {before} -> {after}")


def run(command):
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"foreign_suites: {' '.join(command[:2])} failed: {proc.stderr.strip()}")


if __name__ == "__main__":
    main()
