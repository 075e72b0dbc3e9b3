#!/usr/bin/env python3
"""Current names that the name slots of a rules.json would move.

A name slot (`tf.losses.$NAME` -> `tf.compat.v1.losses.$NAME`, limited by a regex or not) was
learned from a few names; this lists, for each slot whose qualifier still resolves in the
libraries installed for the interpreter running this script, the public names of that qualifier
that the slot admits and that resolve without a deprecation warning. Such a name is current API
the slot would rewrite: a candidate for a no-change example in data/examples.

Usage: python tools/bench/slot_names.py --rules rules.json [--min-confidence 0.6]
(run it with an interpreter that has numpy, pandas, scipy, tensorflow, ... installed)
"""
import argparse
import importlib
import json
import re
import sys
import warnings

ALIASES = {"np": "numpy", "pd": "pandas", "tf": "tensorflow", "sp": "scipy", "ndimage": "scipy.ndimage"}
NOT_INSTALLED = object()


def python_regex(regex):
    """The rule's Java regex with its \\Q...\\E quoting turned into Python escapes."""
    return re.sub(r"\\Q(.*?)\\E", lambda m: re.escape(m.group(1)), regex)


def qualifier(path):
    """The object a dotted qualifier names; None when it does not resolve, NOT_INSTALLED without its library."""
    parts = path.split(".")
    root = ALIASES.get(parts[0], parts[0])
    try:
        obj = importlib.import_module(root)
    except ImportError:
        return NOT_INSTALLED
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for part in parts[1:]:
                obj = getattr(obj, part)
        return obj
    except (ImportError, AttributeError):
        return None


def current(obj, name):
    """Whether the attribute resolves without a deprecation warning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            getattr(obj, name)
        except AttributeError:
            return False
        return not any(issubclass(w.category, (DeprecationWarning, FutureWarning)) for w in caught)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", required=True)
    ap.add_argument("--min-confidence", type=float, default=0.6)
    args = ap.parse_args()
    try:
        with open(args.rules, encoding="utf-8") as f:
            rules = json.load(f)["rules"]
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"slot_names: {args.rules}: {e}")
    for index, rule in enumerate(rules):
        if not isinstance(rule, dict) or not isinstance(rule.get("pattern"), str):
            sys.exit(f"slot_names: {args.rules}: rule {index}: no pattern")
        constraint = (rule.get("constraints") or {}).get("NAME")
        match = re.fullmatch(r"([A-Za-z_][\w.]*)\.\$NAME\b.*", rule["pattern"], re.S)
        if constraint is None or match is None or rule.get("confidence", 1.0) < args.min_confidence:
            continue
        obj = qualifier(match.group(1))
        regex = None if isinstance(constraint, str) else constraint.get("regex")
        if obj is NOT_INSTALLED:
            print(f"{rule['id']}: {match.group(1)}: its library is not installed here")
            continue
        if obj is None:
            print(f"{rule['id']}: {match.group(1)} no longer resolves")
            continue
        admitted = [n for n in dir(obj) if not n.startswith("_")
                    and (regex is None or re.search(python_regex(regex), n)) and current(obj, n)]
        shown = ", ".join(admitted[:12]) + (", ..." if len(admitted) > 12 else "")
        print(f"{rule['id']} ({rule['confidence']:.2f}, regex {regex}): {len(admitted)} current names: {shown}")


if __name__ == "__main__":
    main()
