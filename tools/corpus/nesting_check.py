#!/usr/bin/env python3
"""Whether rules learned from the corpus rewrite nested code as they rewrite the same code at module level.

Every changing example of data/examples is run through `rewrite` as it is, inside a function
(`def f():`, four spaces, and again with a tab), inside a method (`class C:` / `def m(self):`, eight
spaces) and with Windows line endings, with every match applied (thresholds 0). For each example
whose module-level output is exactly its new code, the other outputs must be its new code laid out
the same way; imports the rewrite adds go to the top of the file, so an output that differs only in
where such lines stand counts as right, and a CRLF output must hold no bare line feed. Prints the
counts and the ids that differ.

Usage: tools/corpus/nesting_check.py [--cmd LAUNCHER] [--rules RULES] [--examples DIR]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WRAPPERS = {
    "function": ("def f():\n", "    "),
    "method": ("class C:\n    def m(self):\n", "        "),
    "function indented by a tab": ("def f():\n", "\t"),
}


def indent(code, prefix):
    return "".join(prefix + line if line.strip() else line for line in code.splitlines(True))


def crlf(code):
    return code.replace("\r\n", "\n").replace("\n", "\r\n")


def normalise(code):
    return "\n".join(line.rstrip() for line in code.splitlines() if line.strip())


def same_lines(a, b):
    return sorted(line.strip() for line in a.splitlines() if line.strip()) == \
        sorted(line.strip() for line in b.splitlines() if line.strip())


def run(command):
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"nesting_check: {' '.join(command[:2])} failed ({proc.returncode}): {proc.stderr.strip()}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "apimigrate"), help="the apimigrate launcher")
    ap.add_argument("--rules", help="rules.json (default: learned from --examples)")
    ap.add_argument("--examples", default=os.path.join(ROOT, "data", "examples"))
    args = ap.parse_args()
    if not os.path.isdir(args.examples):
        sys.exit(f"nesting_check: {args.examples}: no such folder")
    examples = []
    for name in sorted(os.listdir(args.examples)):
        if name.endswith(".jsonl"):
            path = os.path.join(args.examples, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, start=1):
                    if line.strip():
                        try:
                            example = json.loads(line)
                            example["id"], example["old_code"], example["new_code"]
                        except (ValueError, KeyError, TypeError) as e:
                            sys.exit(f"nesting_check: {path}:{number}: not an example with id, old_code and new_code ({e})")
                        examples.append(example)
    changing = [e for e in examples if e["old_code"] != e["new_code"]]
    with tempfile.TemporaryDirectory(prefix="nesting-") as work:
        rules = args.rules
        if rules is None:
            rules = os.path.join(work, "rules.json")
            run([args.cmd, "learn", "--examples", args.examples, "--out", rules])
        snippets = os.path.join(work, "snippets.jsonl")
        with open(snippets, "w", encoding="utf-8") as out:
            for e in changing:
                out.write(json.dumps({"id": e["id"] + "#module", "old_code": e["old_code"]}) + "\n")
                for kind, (header, prefix) in WRAPPERS.items():
                    out.write(json.dumps({"id": f"{e['id']}#{kind}",
                                          "old_code": header + indent(e["old_code"], prefix)}) + "\n")
                out.write(json.dumps({"id": e["id"] + "#crlf", "old_code": crlf(e["old_code"])}) + "\n")
        results = os.path.join(work, "results.jsonl")
        run([args.cmd, "rewrite", "--rules", rules, "--input", snippets, "--output", results,
             "--direct-threshold", "0", "--guided-threshold", "0"])
        with open(results, encoding="utf-8") as f:
            output = {r["id"]: r["output"] for r in map(json.loads, f)}
    right = [e for e in changing if normalise(output[e["id"] + "#module"]) == normalise(e["new_code"])]
    print(f"changing examples: {len(changing)}; rewritten exactly at module level: {len(right)}")
    for kind, (header, prefix) in WRAPPERS.items():
        differing = []
        for e in right:
            got = output[f"{e['id']}#{kind}"]
            want = header + indent(e["new_code"], prefix)
            if normalise(got) != normalise(want) and not same_lines(got, want):
                differing.append(e["id"])
        print(f"inside a {kind}: {len(right) - len(differing)} the same, {len(differing)} not: {' '.join(differing)}")
    differing = []
    for e in right:
        got = output[e["id"] + "#crlf"]
        mixed = "\r\n" in crlf(e["old_code"]) and "\n" in got.replace("\r\n", "")
        if mixed or normalise(got.replace("\r\n", "\n")) != normalise(e["new_code"]) and not same_lines(
                got.replace("\r\n", "\n"), e["new_code"]):
            differing.append(e["id"])
    print(f"with CRLF line endings: {len(right) - len(differing)} the same, {len(differing)} not: {' '.join(differing)}")


if __name__ == "__main__":
    main()
