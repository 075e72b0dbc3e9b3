#!/usr/bin/env python3
"""Writes the reference vectors the Java metrics tests check against CPython.

difflib_vectors.jsonl: {"a", "b", "ratio", "blocks", "longest"} where ratio is
difflib.SequenceMatcher(None, a, b).ratio() (autojunk on), blocks is
get_matching_blocks() and longest is find_longest_match() on the whole strings.
normalize_vectors.jsonl: {"s", "normalized"} for the contract's normalise(s).
names_vectors.jsonl: {"code", "names"}: the NAME tokens tokenize yields, keywords excluded,
sorted; only code that parses (tokenize glues stray non-ASCII such as U+00A0 into NAME
tokens of code Python rejects, which is no API name). Needs Python 3.12+ (f-string tokens).

The inputs are random edits of hand-written snippets (seeded, so reruns give the same
files), long strings that trigger autojunk, unicode including astral code points, and
empty strings. Usage: python3.12 tools/metrics/make_vectors.py [OUT_DIR]
"""
import ast
import difflib
import io
import json
import keyword
import pathlib
import random
import sys
import token
import tokenize

SNIPPETS = [
    "df = df.append(other, ignore_index=True)",
    "df = pd.concat([df, other], ignore_index=True)",
    "x = np.float(value)\ny = np.int(count)",
    "x = float(value)\ny = int(count)",
    "model = LogisticRegression(solver='lbfgs', multi_class='auto')",
    "from sklearn.externals import joblib\njoblib.dump(clf, 'model.pkl')",
    "import joblib\njoblib.dump(clf, 'model.pkl')",
    "with tf.Session() as sess:\n    sess.run(init)\n    print(sess.run(loss))",
    "with tf.compat.v1.Session() as sess:\n    sess.run(init)",
    "t = torch.autograd.Variable(torch.randn(3, 4), requires_grad=True)",
    "t = torch.randn(3, 4, requires_grad=True)",
    "def f(a, *, key=None):\n    return sorted(a, key=key)  # keep order\n",
    "class Net(nn.Module):\n    def __init__(self):\n        super(Net, self).__init__()\n        self.fc = nn.Linear(10, 2)",
    "s = df.ix[0, 'col']",
    "s = df.loc[0, 'col']",
    "arr = np.asscalar(a)",
    "arr = a.item()",
    "plt.hold(True)\nplt.plot(x, y)",
    "result = scipy.misc.imread('img.png')",
    "msg = f\"{name!r} has {len(items)} items\"",
    "if x is not None and not isinstance(x, (list, tuple)):\n\traise TypeError('bad')",
    "",
    " ",
    "\n\n",
]

UNICODE = [
    "naïve_café = 'größe'",
    "π = 3.14159  # ≈ pi",
    "emoji = '😀🎉🐍'  # astral",
    "名前 = '値'\n数 = 42",
    "s = '𝔘𝔫𝔦𝔠𝔬𝔡𝔢' + '\U0001F600'",
    "x\u00a0=\u30001\u2028y = 2",
    "e\u0301 = 'combining'",
]

ALPHABET = "abcdefghijklmnopqrstuvwxyz_(). ,=[]'\n0123456789"
ASTRAL = "😀🐍𝔘𝔫🎉"
WEIRD_SPACE = ["\t", "\v", "\f", "\r", "\r\n", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0",
               "\u1680", "\u2000", "\u2007", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f",
               "\u205f", "\u3000", "\ufeff", " ", "\n"]


def edit(rng, s, edits):
    chars = list(s)
    for _ in range(edits):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4 or not chars:
            chars.insert(pos, rng.choice(ALPHABET + ASTRAL))
        elif op < 0.7:
            del chars[min(pos, len(chars) - 1)]
        else:
            chars[min(pos, len(chars) - 1)] = rng.choice(ALPHABET)
    return "".join(chars)


def long_text(rng, length):
    parts = []
    while sum(map(len, parts)) < length:
        parts.append(rng.choice(SNIPPETS + UNICODE))
    return "\n".join(parts)


def pairs(rng):
    texts = SNIPPETS + UNICODE
    yield "", ""
    yield "", "abc"
    yield "abc", ""
    yield "😀", "😀"
    yield "a😀b", "a🐍b"
    for a in texts:
        for b in rng.sample(texts, 3):
            yield a, b
    for a in texts:
        for edits in (1, 3, 10):
            yield a, edit(rng, a, edits)
    for _ in range(60):
        a = long_text(rng, rng.randint(150, 600))
        yield a, edit(rng, a, rng.randint(1, 40))
    for _ in range(20):
        a = long_text(rng, 300)
        yield edit(rng, a, 30), a
    for _ in range(30):
        n = rng.randint(190, 450)
        a = "".join(rng.choice("ab c") for _ in range(n))
        b = "".join(rng.choice("abc d") for _ in range(rng.randint(190, 450)))
        yield a, b
    for _ in range(30):
        a = "".join(rng.choice("ab") for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice("ab") for _ in range(rng.randint(0, 12)))
        yield a, b
    yield "x" * 250, "x" * 199 + "y" + "x" * 50
    yield "a" * 300, "a" * 300
    yield "ab" * 150, "ba" * 150
    yield "😀" * 210, "😀" * 100 + "a" + "😀" * 110
    for _ in range(3):
        a = long_text(rng, 10_000)
        yield a, edit(rng, a, 200)


def norm_inputs(rng):
    for s in SNIPPETS + UNICODE:
        yield s
        yield "\n  " + s.replace("\n", "  \n\n") + "\t \n"
        yield s.replace("\n", "\r\n") + "\r\n"
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts.append(rng.choice(WEIRD_SPACE + ["x", "ab", "  y", "😀", "q = 1"]))
        yield "".join(parts)


NAME_CASES = [
    "x = 'np.float' + \"pd\"  # comment with name\n",
    "s = '''multi\nline np.int'''\nt = b'bytes' + rb'raw'\n",
    "msg = f\"{name!r} has {len(items):>{width}} items {{literal}}\"\n",
    "msg = f'{a}{b!s}{c=}' f\"{d['key']}\" rf'{e}\\n'\n",
    "nested = f\"{f'{inner}'}\"\n",
    "match command:\n    case Point(x=0) | _:\n        pass\n",
    "type Alias = list[int]\nmatch = 1\ncase = 2\n_ = type(match)\n",
    "async def f():\n    await g()\n    return None if True else False\n",
    "lambda x, *args, **kw: not x and y or z in w is v\n",
    "import numpy as np\nfrom pandas import DataFrame as DF\n",
    "for i in range(10):\n\tif i % 2: continue\n\telse: break\n",
    "naïve_café = größe + 名前 + π\n",
    "x = 1_000 + 0x1F + 1e-3j + .5\n",
    "with open(p) as fh, tf.Session() as s:\n    yield from fh\n",
    "@decorator.attr(arg)\nclass C(Base, metaclass=M):\n    x: int = 0\n",
    "def f(a, /, b, *, c):\n    nonlocal q\n    global r\n    del s\n    assert t, u\n",
    "x = (a\n     + b)  \\\n    + c\n",
    "try:\n    pass\nexcept* ValueError as e:\n    raise E from e\nfinally:\n    ...\n",
    "print(f\"{x:{'>' if right else '<'}10}\")\n",
    "",
]


def names(code):
    found = set()
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == token.NAME and not keyword.iskeyword(tok.string):
            found.add(tok.string)
    return sorted(found)


def name_inputs():
    yield from NAME_CASES
    for s in SNIPPETS + UNICODE:
        yield s + "\n"


def normalise(s):
    return "\n".join(line.rstrip() for line in s.splitlines() if line.strip()).strip()


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "rules/src/test/resources/metrics")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20240611)
    with open(out / "difflib_vectors.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for a, b in pairs(rng):
            m = difflib.SequenceMatcher(None, a, b)
            row = {"a": a, "b": b, "ratio": m.ratio(),
                   "blocks": [list(x) for x in m.get_matching_blocks()],
                   "longest": list(m.find_longest_match(0, len(a), 0, len(b)))}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if sys.version_info < (3, 12):
        sys.exit("names vectors need Python 3.12+ (f-string tokenization); run with python3.12")
    with open(out / "names_vectors.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for code in name_inputs():
            try:
                ast.parse(code)
                expected = names(code)
            except (tokenize.TokenError, SyntaxError):
                print("skipped (not valid Python):", repr(code), file=sys.stderr)
                continue
            f.write(json.dumps({"code": code, "names": expected}, ensure_ascii=False) + "\n")
    with open(out / "normalize_vectors.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for s in norm_inputs(rng):
            f.write(json.dumps({"s": s, "normalized": normalise(s)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
