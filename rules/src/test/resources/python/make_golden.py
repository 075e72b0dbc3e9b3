"""Writes tokens.golden.jsonl: CPython's tokenize output for every sample below, for GoldenTokensTest.

Run from this folder with python3 (3.11 or newer): python3 make_golden.py
Each output line is {"name", "source", "tokens": [[KIND, text, startOffset, endOffset], ...]} with char offsets
into source (positions past the end, as CPython gives ENDMARKER, are clamped to len(source)).
F-strings are absent on purpose: Python 3.11 yields them as one STRING, so their 3.12 token streams are
written by hand in FStringLexerTest.
"""
import io
import json
import sys
import tokenize

SAMPLES = {
    "import_alias": "import numpy as np\n",
    "from_import_parenthesised": "from sklearn.model_selection import (  # helpers\n    train_test_split as tts,\n    KFold,\n)\n",
    "relative_import": "from . import m\nfrom ..pkg.sub import q as r\n",
    "call_with_keywords": "df = pd.concat([df, other], ignore_index=True, sort=False)\n",
    "method_chain": "y = np.linalg.norm(x, axis=0)[1:, ::2].T.astype('float32')\n",
    "def_with_annotations": "def f(a: int, *args, b: str = 'x', **kw) -> list[int]:\n    return [a]\n",
    "nested_blocks": "class A:\n    def f(self):\n        if x:\n            pass\n        else:\n            return 1\n    y = 2\nz = 3\n",
    "multiple_dedents_at_eof": "if a:\n    if b:\n        c\n",
    "tabs_indent": "if a:\n\tb = 1\n\tif c:\n\t\td\ne\n",
    "blank_and_comment_lines": "x = 1\n\n   \n# top comment\n    # indented comment\ny = 2  # trailing\n",
    "backslash_continuation": "total = a + \\\n        b + \\\n    c\n",
    "brackets_across_lines": "result = foo(\n    a,  # first\n\n    [b,\n     c],\n)\n",
    "numbers": "n = [0, 7, 1_000_000, 0xDEAD_beef, 0o17, 0b1010, 1.5, 1., .5, 1e10, 1.5E-3, 2e+8, 3j, 1.5J, 0.0]\n",
    "string_prefixes": "s = [r'\\d+', u'x', b'y', br'z', Rb'w', BR\"v\", rB'''t''', '']\n",
    "string_escapes": "s = 'it\\'s' + \"say \\\"hi\\\"\" + '\\\\' + 'tab\\tend'\n",
    "triple_quoted_multiline": "doc = '''first\nsecond \"quoted\"\nthird'''\nx = \"\"\"a\n\"\"\"\n",
    "string_line_continuation": "s = 'abc\\\ndef'\n",
    "implicit_concatenation": "msg = ('a'\n       \"b\"\n       'c')\n",
    "operators": "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h @= m; i &= 1; j |= 2; k ^= 3; l >>= 1; o <<= 2\n",
    "comparisons_and_bitwise": "r = a == b != c <= d >= e < f > g and h | i & j ^ ~k << 1 >> 2 or not l\n",
    "walrus_and_arrow": "if (n := len(a)) > 10:\n    pass\ndef g() -> None: ...\n",
    "lambda_and_slices": "key = lambda x, y=1: x[1:2] + y\nz = a[::2, ...]\n",
    "decorators_and_matmul": "@property\n@functools.lru_cache(maxsize=None)\ndef p(self):\n    return self.a @ self.b\n",
    "comprehensions": "d = {k: v for k, v in items if v}\ns = {x for x in xs}\ng = (i * 2 for i in range(10))\n",
    "unicode_identifiers": "données = 1\nπ = 3.14\n名前 = 'x'\n",
    "match_statement": "match cmd:\n    case [x, y]:\n        pass\n    case _:\n        pass\n",
    "async_await": "async def main():\n    async with s as c:\n        await c.get()\n",
    "crlf_line_endings": "import os\r\nif x:\r\n    y = 1\r\n\r\nz = 2\r\n",
    "no_trailing_newline": "x = foo(1)",
    "comment_without_trailing_newline": "x = 1\n# end",
    "empty": "",
    "only_newlines": "\n\n",
    "semicolons": "a = 1; b = 2;\n",
    "global_and_star": "from m import *\nglobal g\nprint(*a, **k)\n",
    "ellipsis_and_dots": "x = a.b.c(...)\ny = numpy.random.default_rng().normal\n",
    "keywords": "for i in range(3):\n    while True:\n        try:\n            break\n        except ValueError as e:\n            raise RuntimeError() from e\n        finally:\n            continue\n",
    "with_nested_brackets": "with open(p) as f, open(q) as g:\n    data = {'a': [1, (2, 3)], 'b': {4}}\n",
    "torch_snippet": "model = torch.nn.Sequential(\n    nn.Linear(10, 5),\n    nn.ReLU(),\n).to(device)\n",
    "deep_brackets": "x = (((([[{1: 2}]]))))\n",
    "form_feed_indent": "if a:\n    b\n\x0cc\n",
    "dedent_to_middle": "if a:\n    if b:\n        c\n    d\ne\n",
}


def tokens(source):
    starts = [0]
    for i, ch in enumerate(source):
        if ch == "\n":
            starts.append(i + 1)

    def offset(pos):
        row, col = pos
        if row - 1 >= len(starts):
            return len(source)
        return min(starts[row - 1] + col, len(source))

    result = []
    for tok in tokenize.generate_tokens(io.StringIO(source, newline="").readline):
        result.append([tokenize.tok_name[tok.type], tok.string, offset(tok.start), offset(tok.end)])
    return result


def main():
    with open("tokens.golden.jsonl", "w", encoding="utf-8", newline="\n") as out:
        for name, source in SAMPLES.items():
            out.write(json.dumps({"name": name, "source": source, "tokens": tokens(source)}, ensure_ascii=False))
            out.write("\n")
    print(f"wrote {len(SAMPLES)} samples with Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
