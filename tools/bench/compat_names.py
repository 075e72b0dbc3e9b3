#!/usr/bin/env python3
"""Uses of TensorFlow 1 names that the installed TensorFlow only keeps under tf.compat.v1.

Reads every *.py below the given folders (after `fix`, to see what it left), takes each `tf.X` and
`tf.X.Y` in code (tokens: strings and comments do not count), and counts those that the installed
`tensorflow` lacks and `tensorflow.compat.v1` has: TensorFlow 1 code that is still to migrate.

Usage: python tools/bench/compat_names.py FOLDER... [--top 15]
(run it with an interpreter that has tensorflow installed)
"""
import argparse
import collections
import io
import os
import sys
import tokenize


def dotted_uses(source):
    """The `tf.X` and `tf.X.Y` names of the code, as X or X.Y, in order."""
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                  if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return
    for i, tok in enumerate(tokens):
        if tok.type != tokenize.NAME or tok.string != "tf" or i > 0 and tokens[i - 1].string == ".":
            continue
        parts = []
        j = i + 1
        while len(parts) < 2 and j + 1 < len(tokens) and tokens[j].string == "." and tokens[j + 1].type == tokenize.NAME:
            parts.append(tokens[j + 1].string)
            j += 2
        if parts:
            yield ".".join(parts)


def resolves(obj, path):
    for part in path.split("."):
        if not hasattr(obj, part):
            return False
        obj = getattr(obj, part)
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    for folder in args.folders:
        if not os.path.isdir(folder):
            sys.exit(f"compat_names: {folder}: no such folder")
    try:
        import tensorflow as tf
    except ImportError:
        sys.exit("compat_names: tensorflow is not installed for this interpreter")
    counts = collections.Counter()
    files = 0
    for folder in args.folders:
        for root, _, names in os.walk(folder):
            for name in names:
                if name.endswith(".py"):
                    files += 1
                    with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                        counts.update(dotted_uses(f.read()))
    left = {n: c for n, c in counts.items() if not resolves(tf, n) and resolves(tf.compat.v1, n)}
    print(f"files read: {files}; uses of TensorFlow 1 names only tf.compat.v1 keeps: {sum(left.values())}"
          f" (TensorFlow {tf.__version__})")
    for name, count in sorted(left.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {count:5d}  tf.{name}")


if __name__ == "__main__":
    main()
