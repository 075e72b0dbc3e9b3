"""Counts of the example corpus for docs/dataset.md: per library, kind, context and split.

Reads every data/examples/*.jsonl (part A and part B) and prints Markdown tables.
Context features are computed from old_code with Python's ast and tokenize:
  statement  the kind of the top-level statement holding the first changed line
             (assignment, return, expression, for, if, with, def, try, other)
  nested     the first changed character sits inside brackets (call argument, subscript, literal)
  comprehension / multi-line statement / indented block / import line: present anywhere in old_code
Split: TEST when the first hex digit of SHA-1(id, UTF-8) is 0-3, TRAIN otherwise.

Usage: python3 tools/corpus/stats.py [FILE_OR_FOLDER ...]
"""
from __future__ import annotations

import ast
import hashlib
import io
import json
import sys
import textwrap
import tokenize
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "data" / "examples"
STATEMENTS = {ast.Assign: "assignment", ast.AugAssign: "assignment", ast.AnnAssign: "assignment",
              ast.Return: "return", ast.Expr: "expression", ast.For: "for", ast.If: "if", ast.With: "with",
              ast.FunctionDef: "def", ast.Try: "try", ast.Import: "import", ast.ImportFrom: "import"}


def split_of(ident: str) -> str:
    return "test" if hashlib.sha1(ident.encode("utf-8")).hexdigest()[0] in "0123" else "train"


def records(args: list[str]) -> list[dict]:
    paths = [Path(a) for a in args] or [DEFAULT]
    out = []
    for path in paths:
        for file in (sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]):
            for line in file.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.append(json.loads(line))
    return out


def first_change(old: str, new: str) -> int:
    """Offset in old of the first character that differs from new (len(old) when none)."""
    n = 0
    while n < min(len(old), len(new)) and old[n] == new[n]:
        n += 1
    return n


def bracket_depth(code: str, offset: int) -> int:
    depth = 0
    line_starts = [0]
    for line in code.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            start = line_starts[tok.start[0] - 1] + tok.start[1]
            if start >= offset:
                break
            if tok.type == tokenize.OP and tok.string in "([{":
                depth += 1
            elif tok.type == tokenize.OP and tok.string in ")]}":
                depth -= 1
    except (tokenize.TokenError, IndentationError):
        pass
    return depth


def contexts(record: dict) -> list[str]:
    old = textwrap.dedent(record["old_code"])
    new = textwrap.dedent(record["new_code"])
    try:
        tree = ast.parse(old)
    except SyntaxError:
        return ["unparsable"]
    offset = first_change(old, new)
    changed_line = old.count("\n", 0, offset) + 1
    found = []
    statement = "other"
    for node in tree.body:
        if node.lineno <= changed_line <= (node.end_lineno or node.lineno):
            statement = STATEMENTS.get(type(node), "other")
            break
    found.append("statement: " + statement)
    if record["kind"] != "negative" and bracket_depth(old, offset) > 0:
        found.append("nested in brackets")
    nodes = list(ast.walk(tree))
    if any(isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)) for n in nodes):
        found.append("comprehension")
    if any(isinstance(n, ast.stmt) and (n.end_lineno or n.lineno) > n.lineno
           and not isinstance(n, (ast.For, ast.If, ast.With, ast.FunctionDef, ast.Try)) for n in nodes):
        found.append("multi-line statement")
    if any(line.startswith((" ", "\t")) for line in old.splitlines()):
        found.append("indented block")
    if any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in nodes):
        found.append("import line")
    if old.count("\n") == 0:
        found.append("single line")
    return found


def table(title: str, header: list[str], rows: list[list]) -> str:
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    data = records(argv)
    libraries = sorted({r["library"] for r in data})
    kinds = ["rename", "argument", "restructure", "removal", "multi", "negative"]
    by_lib = defaultdict(list)
    for r in data:
        by_lib[r["library"]].append(r)
    rows = []
    for lib in libraries:
        rs = by_lib[lib]
        changes = {r["old_api"] for r in rs if r["kind"] not in ("negative", "multi")}
        per_kind = Counter(r["kind"] for r in rs)
        split = Counter(split_of(r["id"]) for r in rs)
        rows.append([lib, len(rs), len(changes)] + [per_kind.get(k, 0) for k in kinds]
                    + [split["train"], split["test"]])
    all_changes = {(r["library"], r["old_api"]) for r in data if r["kind"] not in ("negative", "multi")}
    total_kind = Counter(r["kind"] for r in data)
    total_split = Counter(split_of(r["id"]) for r in data)
    rows.append(["**all**", len(data), len(all_changes)] + [total_kind.get(k, 0) for k in kinds]
                + [total_split["train"], total_split["test"]])
    print(table("Pairs per library and kind", ["library", "pairs", "documented changes"] + kinds
                + ["train", "test"], rows))
    per_change = Counter((r["library"], r["old_api"]) for r in data if r["kind"] not in ("negative", "multi"))
    spread = Counter(min(n, 6) for n in per_change.values())
    print(table("Contexts per documented change (pairs, 6 = six or more)", ["pairs per change", "changes"],
                [[n, spread[n]] for n in sorted(spread)]))
    ctx = defaultdict(Counter)
    for r in data:
        for c in contexts(r):
            ctx[c][r["library"]] += 1
    print(table("Context features of old_code (a pair can have several)", ["context"] + libraries + ["all"],
                [[c] + [ctx[c][lib] for lib in libraries] + [sum(ctx[c].values())] for c in sorted(ctx)]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
