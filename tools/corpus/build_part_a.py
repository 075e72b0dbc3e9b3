"""Writes data/examples/{numpy,pandas,scipy,matplotlib}.jsonl from the authoring modules in pairs/.

Ids are <library>-NNNN in authoring order. Run from anywhere: python3 tools/corpus/build_part_a.py
With --check it writes nothing and exits 1 when a file differs from what the modules build (a hand
edit to a generated file, which the next build would lose); CI runs it so.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "pairs"))

import matplotlib_pairs  # noqa: E402
import numpy_pairs  # noqa: E402
import pandas_pairs  # noqa: E402
import scipy_pairs  # noqa: E402

OUT = HERE.parent.parent / "data" / "examples"


def main() -> int:
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        raise SystemExit("usage: build_part_a.py [--check]")
    stale = []
    if not check:
        OUT.mkdir(parents=True, exist_ok=True)
    for module in (numpy_pairs, pandas_pairs, scipy_pairs, matplotlib_pairs):
        book = module.build()
        lines = []
        seen = set()
        for n, pair in enumerate(book.pairs, start=1):
            record = pair.record(f"{book.library}-{n:04d}")
            key = (record["old_code"], record["new_code"])
            if key in seen:
                raise SystemExit(f"duplicate pair in {book.library}: {record['id']}\n{record['old_code']}")
            seen.add(key)
            if record["kind"] != "negative" and record["old_code"] == record["new_code"]:
                raise SystemExit(f"{record['id']}: old_code equals new_code but kind is {record['kind']}")
            lines.append(json.dumps(record, ensure_ascii=False))
        path = OUT / f"{book.library}.jsonl"
        text = "\n".join(lines) + "\n"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(OUT.parent.parent)))
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(OUT.parent.parent)}: {len(lines)} pairs")
    if stale:
        print(f"build_part_a: {', '.join(stale)}: not what tools/corpus/pairs builds; edit the pairs modules "
              "and run python3 tools/corpus/build_part_a.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
