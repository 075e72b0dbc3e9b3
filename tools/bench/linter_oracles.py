#!/usr/bin/env python3
"""Recall and agreement of `fix` measured against two outside linters: ruff and TorchFix.

ruff's NumPy rules (NPY001 deprecated type aliases, NPY003 deprecated functions, NPY201 names
NumPy 2.0 removed) and TorchFix's deprecation rules (TOR1xx: deprecated functions, `torch.load`
without `weights_only`, ...) each find uses of APIs that apimigrate migrates. This script copies the
given folders' *.py files, counts each linter's findings by rule, runs `fix` on the copy and counts
again: what is left is what `fix` missed (or left on purpose). Then it asks ruff to apply its own
fixes to another copy and checks, for every line ruff changed, that `fix` wrote the same line:
a line that differs is a rewrite to read. Neither tool's test suite is used; both only judge code.

Usage: tools/bench/linter_oracles.py FOLDER... [--cmd LAUNCHER] [--rules RULES]
(run it with an interpreter whose environment has `ruff` and `torchfix` on its PATH or beside it:
 pip install ruff torchfix)
"""
import argparse
import collections
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUFF_RULES = "NPY001,NPY003,NPY201"
FINDING = re.compile(r":\d+:\d+: ((?:NPY|TOR)\d+) ")


def tool(name):
    """The linter's executable: beside this interpreter first, then on the PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    found = beside if os.path.exists(beside) else shutil.which(name)
    if not found:
        sys.exit(f"linter_oracles: {name} not found beside {sys.executable} or on the PATH (pip install {name})")
    return found


def run_apimigrate(command):
    """Runs an apimigrate command; on failure exits with its own message, not a traceback."""
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"linter_oracles: {' '.join(command[:2])} failed ({proc.returncode}): {proc.stderr.strip()}")


def copy_python(folders, target):
    count = 0
    for index, folder in enumerate(folders):
        for root, _, names in os.walk(folder):
            for name in names:
                if name.endswith(".py"):
                    source = os.path.join(root, name)
                    dest = os.path.join(target, str(index), os.path.relpath(source, folder))
                    os.makedirs(os.path.dirname(dest), exist_ok=True)
                    shutil.copyfile(source, dest)
                    count += 1
    return count


def findings(folder):
    """Findings per rule of both linters over the folder."""
    ruff = subprocess.run([tool("ruff"), "check", "--no-cache", "--isolated", "--select", RUFF_RULES,
                           "--output-format", "concise", folder], capture_output=True, text=True)
    torchfix = subprocess.run([tool("torchfix"), "--select", "ALL", folder], capture_output=True, text=True)
    counts = collections.Counter()
    for line in (ruff.stdout + torchfix.stdout).splitlines():
        match = FINDING.search(line)
        if match and not match.group(1).startswith(("TOR4", "TOR9")):  # performance advice, not migrations
            counts[match.group(1)] += 1
    return counts


def lines_ruff_changed(original, fixed):
    """(relative path, line) for each line ruff's fixes wrote."""
    out = []
    for root, _, names in os.walk(original):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, original)
            before = open(path, encoding="utf-8", errors="replace").read().splitlines()
            after = open(os.path.join(fixed, rel), encoding="utf-8", errors="replace").read().splitlines()
            if before == after:
                continue
            for tag, _, _, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
                if tag != "equal":
                    out.extend((rel, line) for line in after[j1:j2])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("--rules", help="rules.json for fix (default: learned from data/examples)")
    args = ap.parse_args()
    for folder in args.folders:
        if not os.path.isdir(folder):
            sys.exit(f"linter_oracles: {folder}: no such folder")
    with tempfile.TemporaryDirectory(prefix="oracles-") as work:
        original = os.path.join(work, "original")
        files = copy_python(args.folders, original)
        rules = args.rules
        if rules is None:
            rules = os.path.join(work, "rules.json")
            run_apimigrate([args.cmd, "learn", "--examples", os.path.join(ROOT, "data", "examples"), "--out", rules])
        ours = os.path.join(work, "fixed")
        theirs = os.path.join(work, "ruff-fixed")
        shutil.copytree(original, ours)
        shutil.copytree(original, theirs)
        run_apimigrate([args.cmd, "fix", "--rules", rules, ours])
        subprocess.run([tool("ruff"), "check", "--no-cache", "--isolated", "--select", RUFF_RULES, "--fix",
                        "--unsafe-fixes", theirs], capture_output=True)
        before, after = findings(original), findings(ours)
        print(f"files: {files}; findings before fix: {sum(before.values())}, after: {sum(after.values())}")
        print("| rule | before | after |")
        print("|---|---:|---:|")
        for rule in sorted(before.keys() | after.keys()):
            print(f"| {rule} | {before[rule]} | {after[rule]} |")
        changed = lines_ruff_changed(original, theirs)
        differing = []
        for rel, line in changed:
            with open(os.path.join(ours, rel), encoding="utf-8", errors="replace") as f:
                if line not in f.read().splitlines():
                    differing.append((rel, line))
        print(f"\nlines ruff's own fixes wrote: {len(changed)}; the same line in fix's output: "
              f"{len(changed) - len(differing)}")
        for rel, line in differing:
            print(f"  differs: {rel}: {line.strip()[:120]}")


if __name__ == "__main__":
    main()
