#!/usr/bin/env python3
"""`fix` against TensorFlow's own tf_upgrade_v2 on real TensorFlow 1 code, block by block.

Copies each folder twice, runs `tf_upgrade_v2 --intree` on one copy and `apimigrate fix` on the
other, and compares, file by file, each block of lines `fix` changed with what tf_upgrade_v2 wrote
for the same original lines: the same (white space aside), different, overlapping a larger block of
tf_upgrade_v2's, or left alone by tf_upgrade_v2. A different block is a rewrite to read: most are
two spellings of one call (`tf.cast(x, tf.int32)` beside `tf.cast(x, dtype=tf.int32)`), or a TF2
API where tf_upgrade_v2 keeps the TF1 one under `tf.compat.v1`; some are wrong rewrites. With
--show N it prints N examples of each kind of difference. Only the tool judges code; its test suite
is not read.

Usage: tools/bench/tf_upgrade_oracle.py FOLDER... [--cmd LAUNCHER] [--rules RULES] [--show N]
(run it with an interpreter whose environment has tensorflow, whose `tf_upgrade_v2` is beside it)
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
TOKEN = re.compile(r"[A-Za-z_][A-Za-z_0-9]*|\d+\.?\d*|\S")


def run(command, what):
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"tf_upgrade_oracle: {what} failed ({proc.returncode}): {(proc.stderr or proc.stdout).strip()[-500:]}")


def changed_blocks(before, after):
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return {(i1, i2): after[j1:j2] for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"}


def squeeze(lines):
    return re.sub(r"\s+", "", "".join(lines))


def change_of(ours, theirs):
    a, b = TOKEN.findall(ours), TOKEN.findall(theirs)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return " ; ".join(" ".join(a[i1:i2]) + " => " + " ".join(b[j1:j2]) for op, i1, i2, j1, j2 in ops if op != "equal")


def lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().splitlines(True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("--rules", help="rules to apply (default: learned from data/examples)")
    ap.add_argument("--show", type=int, default=0, help="examples to print of each kind of difference")
    args = ap.parse_args()
    upgrade = os.path.join(os.path.dirname(sys.executable), "tf_upgrade_v2")
    if not os.path.exists(upgrade):
        upgrade = shutil.which("tf_upgrade_v2")
    if not upgrade:
        sys.exit(f"tf_upgrade_oracle: tf_upgrade_v2 not found beside {sys.executable} or on the PATH (pip install tensorflow)")
    for folder in args.folders:
        if not os.path.isdir(folder):
            sys.exit(f"tf_upgrade_oracle: {folder}: no such folder")
    counts = collections.Counter()
    differences = collections.defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="tf-oracle-") as work:
        rules = args.rules
        if not rules:
            rules = os.path.join(work, "rules.json")
            run([args.cmd, "learn", "--examples", os.path.join(ROOT, "data", "examples"), "--out", rules], "learn")
        for index, folder in enumerate(args.folders):
            ours = os.path.join(work, f"{index}-fix")
            theirs = os.path.join(work, f"{index}-tf")
            shutil.copytree(folder, ours)
            run([args.cmd, "fix", "--rules", os.path.abspath(rules), ours], "fix")
            run([upgrade, "--intree", folder, "--outtree", theirs, "--reportfile", os.path.join(work, f"{index}.txt")],
                "tf_upgrade_v2")
            for root, _, names in os.walk(folder):
                for name in names:
                    if not name.endswith(".py"):
                        continue
                    rel = os.path.relpath(os.path.join(root, name), folder)
                    if not os.path.exists(os.path.join(theirs, rel)):
                        continue
                    before = lines(os.path.join(root, name))
                    ours_blocks = changed_blocks(before, lines(os.path.join(ours, rel)))
                    their_blocks = changed_blocks(before, lines(os.path.join(theirs, rel)))
                    counts["tf_upgrade_v2 blocks"] += len(their_blocks)
                    counts["fix blocks"] += len(ours_blocks)
                    for span, written in ours_blocks.items():
                        if span in their_blocks:
                            if squeeze(their_blocks[span]) == squeeze(written):
                                counts["the same"] += 1
                            else:
                                counts["different"] += 1
                                differences[change_of("".join(written), "".join(their_blocks[span]))].append(
                                    (rel, "".join(before[span[0]:span[1]]), "".join(written), "".join(their_blocks[span])))
                        elif any(s[0] < span[1] and span[0] < s[1] for s in their_blocks):
                            counts["inside a larger tf_upgrade_v2 block"] += 1
                        else:
                            counts["left alone by tf_upgrade_v2"] += 1
    for key in ("fix blocks", "tf_upgrade_v2 blocks", "the same", "different", "inside a larger tf_upgrade_v2 block",
                "left alone by tf_upgrade_v2"):
        print(f"{key}: {counts[key]}")
    print("\n| blocks | fix => tf_upgrade_v2 (tokens) |\n|---:|---|")
    for change, cases in sorted(differences.items(), key=lambda kv: -len(kv[1]))[:25]:
        print(f"| {len(cases)} | `{change[:120]}` |")
        for rel, before, written, other in cases[:args.show]:
            print(f"|  | {rel}: `{before.strip()[:100]}` -> fix `{written.strip()[:100]}`, tf_upgrade_v2 `{other.strip()[:100]}` |")


if __name__ == "__main__":
    main()
