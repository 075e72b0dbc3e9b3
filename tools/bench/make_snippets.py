#!/usr/bin/env python3
"""Writes N pipeline snippets (default 10,000) for the end-to-end benchmark by cycling through the demo
snippets (data/demo/snippets.jsonl) with unique ids and a per-copy variable suffix.

usage: tools/bench/make_snippets.py [N] [OUT]   (default OUT: target/bench/snippets-N.jsonl)
"""
import json
import os
import re
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "target", "bench", f"snippets-{n}.jsonl")
    with open(os.path.join(root, "data", "demo", "snippets.jsonl"), encoding="utf-8") as f:
        templates = [json.loads(line) for line in f if line.strip()]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            t = templates[i % len(templates)]
            copy = i // len(templates)
            # rename the first assigned variable so that copies differ
            target = re.match(r"([A-Za-z_]\w*) = ", t["old_code"])
            line = {"id": f"bench-{i:06d}", "old_code": t["old_code"]}
            if "new_code" in t:
                line["new_code"] = t["new_code"]
            if target and copy:
                name = target.group(1)
                pattern = re.compile(r"\b" + re.escape(name) + r"\b")
                line["old_code"] = pattern.sub(f"{name}_{copy}", line["old_code"])
                if "new_code" in line:
                    line["new_code"] = pattern.sub(f"{name}_{copy}", line["new_code"])
            if "library" in t:
                line["library"] = t["library"]
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(out)


if __name__ == "__main__":
    main()
