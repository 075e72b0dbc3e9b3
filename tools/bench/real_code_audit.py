#!/usr/bin/env python3
"""What the shipped rules would rewrite in real code that is not migration data.

Learns rules from data/examples (or takes --rules), copies the Python files of the local standard
library and of installed packages into a temporary folder, runs `apimigrate fix --diff` there and
summarises the diff: files and lines it would change, and the most frequent changes, each with
the first line it changed. Most of this code uses none of the deprecated APIs the rules target,
so every change is a candidate false rewrite to read; the counts are for comparing two builds
side by side, not a precision. Then it applies `fix` to the copy and checks two things that must
hold whatever the rules: a second `fix` changes nothing, and every file Python parsed before it
parses after (`ast.parse`); it exits 1 when either fails. With --timed N it also runs the
`fix --diff` N more times and prints each run's wall time (process start included): run it with
two builds' launchers and the same --rules to compare their speed on real files.

Usage: tools/bench/real_code_audit.py [--rules RULES] [--cmd LAUNCHER] [--packages a,b,...]
                                       [--no-stdlib] [--top N] [--keep DIR] [--timed N]
"""
import argparse
import collections
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_protocol import parses  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_PACKAGES = "transformers,sympy,networkx,IPython,numpy,torch,pydantic,jedi,setuptools,moto"


def copy_tree(source, target):
    """Copies every *.py below source to target, skipping nested site-packages and dist-packages."""
    count = 0
    for folder, dirs, files in os.walk(source):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "dist-packages", "__pycache__")]
        for name in files:
            if name.endswith(".py"):
                rel = os.path.relpath(os.path.join(folder, name), source)
                dest = os.path.join(target, rel)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                shutil.copyfile(os.path.join(folder, name), dest)
                count += 1
    return count


def changes(diff):
    """(removed line, added line) pairs of a unified diff, per hunk, in order."""
    for hunk in re.split(r"^@@.*@@.*$", diff, flags=re.M)[1:]:
        removed = [l[1:].strip() for l in hunk.split("\n") if l.startswith("-") and not l.startswith("---")]
        added = [l[1:].strip() for l in hunk.split("\n") if l.startswith("+") and not l.startswith("+++")]
        yield from zip(removed, added)


def change_key(before, after):
    """The tokens that differ, with two tokens of context before: 'ops . constant' -> 'ops . constant_'."""
    a, b = re.findall(r"\w+|[^\w\s]", before), re.findall(r"\w+|[^\w\s]", after)
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return " ".join(a[max(0, i - 2):len(a) - j]), " ".join(b[max(0, i - 2):len(b) - j])


def changed_files(tree, originals):
    """The files of tree whose bytes differ from their copy in originals."""
    out = []
    for folder, _, files in os.walk(tree):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as a, open(os.path.join(originals, os.path.relpath(path, tree)), "rb") as b:
                if a.read() != b.read():
                    out.append(path)
    return out


def copied_from(tree):
    """Where the untouched copy of each file of tree is kept: tree + '.orig'."""
    return tree + ".orig"


def parsed_before_not_after(path, tree, originals):
    """Whether the file parsed as Python before fix rewrote it and does not parse now."""
    with open(os.path.join(originals, os.path.relpath(path, tree)), "rb") as f:
        before = f.read()
    with open(path, "rb") as f:
        after = f.read()
    return parses(before) and not parses(after)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", help="rules to apply (default: learned from data/examples)")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("--packages", default=DEFAULT_PACKAGES, help="installed packages to include (those present)")
    ap.add_argument("--no-stdlib", action="store_true", help="leave the standard library out")
    ap.add_argument("--top", type=int, default=30, help="how many kinds of change to list")
    ap.add_argument("--keep", help="keep the copied tree, the rules and the diff in this folder")
    ap.add_argument("--timed", type=int, default=0, help="time this many more runs of fix --diff")
    args = ap.parse_args()
    if args.timed < 0:
        sys.exit(f"real_code_audit: --timed: {args.timed} is negative; give how many more fix runs to time")

    cmd = os.path.abspath(args.cmd)
    work = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="real_code_audit.")
    os.makedirs(work, exist_ok=True)
    try:
        tree = os.path.join(work, "tree")
        shutil.rmtree(tree, ignore_errors=True)
        shutil.rmtree(copied_from(tree), ignore_errors=True)
        copied = {}
        if not args.no_stdlib:
            copied["stdlib"] = copy_tree(sysconfig.get_paths()["stdlib"], os.path.join(tree, "stdlib"))
        roots = site.getsitepackages() + [site.getusersitepackages()]
        for package in filter(None, args.packages.split(",")):
            found = next((os.path.join(r, package) for r in roots if os.path.isdir(os.path.join(r, package))), None)
            if found:
                copied[package] = copy_tree(found, os.path.join(tree, package))
        if not copied:
            sys.exit("real_code_audit: no standard library and none of the packages found")
        rules = os.path.abspath(args.rules) if args.rules else None
        if not rules:
            rules = os.path.join(work, "rules.json")
            learn = subprocess.run([cmd, "learn", "--examples", os.path.join(ROOT, "data", "examples"),
                                    "--out", rules], capture_output=True, text=True)
            if learn.returncode != 0:
                sys.exit(f"real_code_audit: learn failed: {learn.stderr.strip()}")
        shutil.copytree(tree, copied_from(tree))
        fix = subprocess.run([cmd, "fix", "--rules", rules, "--diff", tree], capture_output=True, text=True)
        if fix.returncode != 0:
            sys.exit(f"real_code_audit: fix failed: {fix.stderr.strip()}")
        with open(os.path.join(work, "fix.diff"), "w", encoding="utf-8") as f:
            f.write(fix.stdout)
        walls = []
        for _ in range(args.timed):
            started = time.perf_counter()
            timed = subprocess.run([cmd, "fix", "--rules", rules, "--diff", tree], capture_output=True, text=True)
            walls.append(time.perf_counter() - started)
            if timed.returncode != 0 or timed.stdout != fix.stdout:
                sys.exit("real_code_audit: a timed fix run failed or gave another diff")

        per_source = collections.Counter()
        kinds = collections.Counter()
        first = {}
        lines = 0
        files = re.split(r"^diff --git ", fix.stdout, flags=re.M)[1:]
        for block in files:
            path = block.split("\n", 1)[0].split(" ")[0]
            source = path.split("/tree/", 1)[-1].split("/", 1)[0]
            per_source[source] += 1
            for before, after in changes(block):
                key = change_key(before, after)
                kinds[key] += 1
                first.setdefault(key, (os.path.basename(path), before))
                lines += 1
        print(f"files read: {sum(copied.values())} ({', '.join(f'{k} {v}' for k, v in copied.items())})")
        print(f"files it would change: {len(files)} ({', '.join(f'{k} {v}' for k, v in per_source.most_common())});"
              f" changed lines: {lines}")
        if walls:
            print(f"fix --diff wall time, {len(walls)} runs: {', '.join(f'{w:.2f} s' for w in walls)}")
        print()
        print("| lines | change | first file | first line |")
        print("|---:|---|---|---|")
        for (before, after), n in kinds.most_common(args.top):
            name, line = first[(before, after)]
            print(f"| {n} | `{before[:48]}` -> `{after[:48]}` | {name} | `{line[:70]}` |")
        apply = subprocess.run([cmd, "fix", "--rules", rules, tree], capture_output=True, text=True)
        again = subprocess.run([cmd, "fix", "--rules", rules, "--diff", tree], capture_output=True, text=True)
        if apply.returncode != 0 or again.returncode != 0:
            sys.exit(f"real_code_audit: fix failed: {(apply.stderr or again.stderr).strip()}")
        unstable = len(re.findall(r"^diff --git ", again.stdout, flags=re.M))
        changed = changed_files(tree, copied_from(tree))
        broken = [path for path in changed if parsed_before_not_after(path, tree, copied_from(tree))]
        print()
        print(f"after fix: {len(changed)} files changed, a second fix would change {unstable}; "
              f"{len(broken)} changed files no longer parse")
        for path in broken[:10]:
            print(f"  no longer parses: {path}")
        if unstable or broken:
            sys.exit(1)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
