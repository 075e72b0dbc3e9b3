"""Parses every old_code and new_code of data/examples/*.jsonl with Python's ast (after dedent).

Prints one line per failure as file:line:id: field: error, and exits 1 when any snippet fails.
Usage: python3 tools/corpus/check_ast.py [FILE_OR_FOLDER ...]
"""
from __future__ import annotations

import ast
import json
import sys
import textwrap
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "data" / "examples"


def files(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or [DEFAULT]
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.jsonl")) if path.is_dir() else [path])
    return found


def check(path: Path) -> tuple[int, list[str]]:
    errors: list[str] = []
    count = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{path}:{number}:?: invalid JSON: {e}")
            continue
        ident = record.get("id", "?")
        for field in ("old_code", "new_code"):
            code = record.get(field)
            if not isinstance(code, str):
                errors.append(f"{path}:{number}:{ident}: {field}: missing or not a string")
                continue
            count += 1
            try:
                ast.parse(textwrap.dedent(code))
            except SyntaxError as e:
                errors.append(f"{path}:{number}:{ident}: {field}: {e.msg} (snippet line {e.lineno})")
    return count, errors


def main(argv: list[str]) -> int:
    total = 0
    failures: list[str] = []
    for path in files(argv):
        count, errors = check(path)
        total += count
        failures.extend(errors)
    for failure in failures:
        print(failure)
    print(f"{total} snippets parsed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
