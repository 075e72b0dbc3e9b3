"""Resolves the dotted old_api/new_api names of part A's pairs in an installed Python environment.

Run it with the interpreter of an environment that has the libraries installed, e.g. one with the
newest numpy/pandas/scipy/matplotlib to check every new_api, and one with older releases to check
old_api. Names that are descriptions rather than attributes (a keyword in parentheses, an offset
alias, a builtin) are reduced to their dotted prefix; what cannot be imported is listed.

Usage: python tools/corpus/check_apis.py {old_api|new_api} [FILE ...]
"""
from __future__ import annotations

import importlib
import json
import re
import sys
import warnings
from pathlib import Path

DEFAULT = [Path(__file__).resolve().parent.parent.parent / "data" / "examples" / f"{lib}.jsonl"
           for lib in ("numpy", "pandas", "scipy", "matplotlib")]
LIBRARIES = ("numpy", "pandas", "scipy", "matplotlib", "mpl_toolkits", "imageio")


def dotted(api: str) -> str | None:
    match = re.match(r"[A-Za-z_][\w.]*", api.strip().lstrip("-"))
    if not match:
        return None
    name = match.group(0).rstrip(".")
    return name if name.split(".")[0] in LIBRARIES else None


def resolve(name: str) -> bool:
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return False
        return True
    return False


def main(argv: list[str]) -> int:
    field = argv[0] if argv else "new_api"
    files = [Path(a) for a in argv[1:]] or DEFAULT
    warnings.simplefilter("ignore")
    checked, missing = set(), {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["kind"] == "negative":
                continue
            for api in record[field].split("; "):
                name = dotted(api)
                if name is None or name in checked:
                    continue
                checked.add(name)
                if not resolve(name):
                    missing.setdefault(name, record["id"])
    for name, ident in sorted(missing.items()):
        print(f"unresolved {field}: {name} (first in {ident})")
    print(f"{len(checked)} names checked, {len(missing)} unresolved")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
