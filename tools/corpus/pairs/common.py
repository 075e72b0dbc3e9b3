"""Helpers for authoring before/after pairs: one Change per documented API change,
snippets written out in full or derived by a token-bounded substitution."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("rename", "argument", "restructure", "removal", "multi", "negative")


@dataclass(frozen=True)
class Change:
    library: str
    old_api: str
    new_api: str
    kind: str
    from_version: str
    to_version: str
    source: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} for {self.old_api}")


@dataclass
class Pair:
    change: Change
    old_code: str
    new_code: str
    kind: str = ""

    def record(self, ident: str) -> dict:
        c = self.change
        return {
            "id": ident,
            "old_code": self.old_code,
            "new_code": self.new_code,
            "library": c.library,
            "from_version": c.from_version,
            "to_version": c.to_version,
            "old_api": c.old_api,
            "new_api": c.new_api,
            "kind": self.kind or c.kind,
            "source": c.source,
        }


def clean(code: str) -> str:
    """Drops the first newline of a triple-quoted snippet and trailing blanks."""
    if code.startswith("\n"):
        code = code[1:]
    return code.rstrip()


def _pattern(token: str) -> re.Pattern:
    head = r"(?<!\w)" if re.match(r"\w", token) else ""
    tail = r"(?!\w)" if re.search(r"\w$", token) else ""
    return re.compile(head + re.escape(token) + tail)


def sub(code: str, *edits: tuple[str, str]) -> str:
    """Replaces every token-bounded occurrence of each old text; each must occur."""
    for old, new in edits:
        pattern = _pattern(old)
        code, count = pattern.subn(lambda _m, n=new: n, code)
        if count == 0:
            raise ValueError(f"{old!r} not found in snippet:\n{code}")
    return code


@dataclass
class Book:
    """Collects the pairs of one library file in authoring order."""
    library: str
    pairs: list[Pair] = field(default_factory=list)

    def change(self, old_api: str, new_api: str, kind: str, versions: str, source: str) -> Change:
        from_version, to_version = versions.split("->")
        return Change(self.library, old_api, new_api, kind,
                      from_version.strip(), to_version.strip(), source)

    def rename(self, change: Change, edits, *snippets: str) -> None:
        """Adds one pair per snippet; the new code applies the edits to the old."""
        if isinstance(edits[0], str):
            edits = (edits,)
        for snippet in snippets:
            old = clean(snippet)
            self.pairs.append(Pair(change, old, sub(old, *edits)))

    def pair(self, change: Change, old: str, new: str, kind: str = "") -> None:
        self.pairs.append(Pair(change, clean(old), clean(new), kind))

    def multi(self, changes: list[Change], old: str, new: str) -> None:
        merged = Change(self.library,
                        "; ".join(c.old_api for c in changes),
                        "; ".join(c.new_api for c in changes),
                        "multi",
                        min(c.from_version for c in changes),
                        max(c.to_version for c in changes),
                        " | ".join(dict.fromkeys(c.source for c in changes)))
        self.pairs.append(Pair(merged, clean(old), clean(new)))

    def negative(self, api: str, versions: str, source: str, *snippets: str) -> None:
        change = self.change(api, api, "negative", versions, source)
        for snippet in snippets:
            code = clean(snippet)
            self.pairs.append(Pair(change, code, code))
