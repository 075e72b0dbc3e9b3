"""NumPy: builtin-type aliases (1.20/1.24), NEP 52 namespace cleanup (2.0) and older removals."""
from common import Book

ALIASES = ("NumPy 1.20.0 Release Notes, Deprecations: Using the aliases of builtin types "
           "like np.int is deprecated")
NS2 = "NumPy 2.0 migration guide, Changes to namespaces: Main namespace"
REMOVALS2 = "NumPy 2.0.0 Release Notes, NumPy 2.0 Python API removals"
DEPR2 = "NumPy 2.0.0 Release Notes, Deprecations"
DEPR125 = "NumPy 1.25.0 Release Notes, Deprecations"
BOOL2 = ("NumPy 2.0.0 Release Notes, numpy/numpy#25080 (API: Add and redefine numpy.bool): np.bool is "
         "the boolean scalar type again, np.bool_ an alias of it")
ZERO = ("NumPy 1.24.0 Release Notes, Deprecations: np.str0 and similar are now deprecated "
        "(scalar type aliases ending in a 0 bit size)")


def build() -> Book:
    b = Book("numpy")
    _builtin_aliases(b)
    _scalar_aliases(b)
    _constants(b)
    _functions(b)
    _older(b)
    _methods(b)
    _modules(b)
    _multi(b)
    _negatives(b)
    _more_contexts(b)
    return b


def _builtin_aliases(b: Book) -> None:
    float_ = b.change("numpy.float", "float", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(float_, ("np.float", "float"),
             "x = np.float(value)",
             "weights = np.zeros(n, dtype=np.float)",
             "return arr.astype(np.float)",
             """
for col in columns:
    frame[col] = frame[col].astype(np.float)
""",
             "scores = [np.float(s) for s in raw_scores]",
             """
grid = np.linspace(
    0.0,
    1.0,
    num=steps,
    dtype=np.float,
)
""")
    int_ = b.change("numpy.int", "int", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(int_, ("np.int", "int"),
             "labels = labels.astype(np.int)",
             "n_bins = np.int(np.ceil(np.sqrt(len(data))))",
             "idx = np.arange(10, dtype=np.int)",
             """
def to_index(value):
    return np.int(round(value))
""",
             "counts = {k: np.int(v) for k, v in totals.items()}")
    # np.bool is NumPy 2's own boolean scalar type again (np.bool_ its alias): code that uses it
    # may be NumPy 2 code, so it stays (ruff's NPY001 leaves np.bool and np.long alone too).
    b.negative("numpy.bool", "1.20.0 -> 2.0.0", BOOL2,
             "mask = np.zeros(shape, dtype=np.bool)",
             "keep = self.flags.astype(np.bool)",
             """
if isinstance(flag, np.bool):
    flags.append(flag)
""",
             "visited = np.ones((rows, cols), np.bool)")
    object_ = b.change("numpy.object", "object", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(object_, ("np.object", "object"),
             "cells = np.empty(n, dtype=np.object)",
             "names = np.array(raw_names, dtype=np.object)",
             "return results[0].astype(np.object)",
             """
if arr.dtype == np.object:
    arr = arr.astype(str)
""")
    complex_ = b.change("numpy.complex", "complex", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(complex_, ("np.complex", "complex"),
             "spectrum = np.zeros(n_freq, dtype=np.complex)",
             "z = np.complex(re, im)",
             "signal = signal.astype(np.complex)",
             """
def phasor(amplitude, phase):
    return amplitude * np.exp(np.complex(0, 1) * phase)
""")
    str_ = b.change("numpy.str", "str", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(str_, ("np.str", "str"),
             "keys = keys.astype(np.str)",
             "labels = np.array(categories, dtype=np.str)",
             "names = [np.str(v) for v in values]",
             """
if isinstance(item, np.str):
    tokens.append(item)
""")
    unicode = b.change("numpy.unicode", "str", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(unicode, ("np.unicode", "str"),
             "text = np.array(lines, dtype=np.unicode)",
             "decoded = get_column().astype(np.unicode)",
             """
if isinstance(key, np.unicode):
    key = key.strip()
""")


def _scalar_aliases(b: Book) -> None:
    table = [
        ("float_", "float64", REMOVALS2 + ": Alias np.float_ has been removed, use np.float64", [
            "x = np.zeros(10, dtype=np.float_)",
            "return np.asarray(values, dtype=np.float_)",
            "if arr.dtype == np.float_:\n    arr = arr.astype(np.float32)",
            "totals = [np.float_(v) for v in row]"]),
        ("complex_", "complex128", REMOVALS2 + ": Alias np.complex_ has been removed, use np.complex128", [
            "buf = np.empty(n, dtype=np.complex_)",
            "spec = np.fft.fft(signal).astype(np.complex_)",
            "def zero():\n    return np.complex_(0)"]),
        ("longfloat", "longdouble", REMOVALS2 + ": Alias np.longfloat has been removed, use np.longdouble", [
            "acc = np.zeros(3, dtype=np.longfloat)",
            "precise = np.longfloat(total) / count",
            "return self.values.astype(np.longfloat)"]),
        ("singlecomplex", "complex64", REMOVALS2 + ": Alias np.singlecomplex has been removed, use np.complex64", [
            "iq = samples.astype(np.singlecomplex)",
            "out = np.empty((rows, cols), dtype=np.singlecomplex)",
            "kernel = np.singlecomplex(1j)"]),
        ("cfloat", "complex128", REMOVALS2 + ": Alias np.cfloat has been removed, use np.complex128", [
            "field = np.zeros(grid.shape, dtype=np.cfloat)",
            "phase = np.exp(1j * theta).astype(np.cfloat)",
            "def unit():\n    return np.cfloat(1 + 0j)"]),
        ("longcomplex", "clongdouble", REMOVALS2 + ": Alias np.longcomplex has been removed, use np.clongdouble", [
            "acc = np.zeros(n, dtype=np.longcomplex)",
            "z = np.longcomplex(a) * b",
            "return matrix.astype(np.longcomplex)"]),
        ("clongfloat", "clongdouble", REMOVALS2 + ": Alias np.clongfloat has been removed, use np.clongdouble", [
            "coeffs = np.asarray(coeffs, dtype=np.clongfloat)",
            "root = np.clongfloat(r)",
            "if a.dtype == np.clongfloat:\n    a = a.astype(np.complex128)"]),
        ("string_", "bytes_", REMOVALS2 + ": Alias np.string_ has been removed, use np.bytes_", [
            "keys = np.array(names, dtype=np.string_)",
            "tag = np.string_(b\"header\")",
            "attrs[\"unit\"] = np.string_(unit)",
            "return np.char.encode(words).astype(np.string_)"]),
        ("unicode_", "str_", REMOVALS2 + ": Alias np.unicode_ has been removed, use np.str_", [
            "labels = np.array(labels, dtype=np.unicode_)",
            "if isinstance(value, np.unicode_):\n    value = str(value)",
            "names = self.names.astype(np.unicode_)"]),
    ]
    for old, new, source, snippets in table:
        change = b.change("numpy." + old, "numpy." + new, "rename", "1.26.0 -> 2.0.0", source)
        b.rename(change, ("np." + old, "np." + new), *snippets)
    zeros = [
        ("int0", "intp", ["idx = np.zeros(n, dtype=np.int0)", "offsets = offsets.astype(np.int0)",
                          "return np.int0(position)"]),
        ("uint0", "uintp", ["ptr = np.uint0(address)", "sizes = np.asarray(sizes, dtype=np.uint0)",
                            "if a.dtype == np.uint0:\n    a = a.astype(np.int64)"]),
        ("bool8", "bool_", ["mask = np.zeros(n, dtype=np.bool8)", "flag = np.bool8(result)",
                            "valid = [np.bool8(v) for v in checks]"]),
        ("object0", "object_", ["cells = np.empty(4, dtype=np.object0)",
                                "if arr.dtype.type is np.object0:\n    arr = arr.astype(str)",
                                "return np.asarray(items, dtype=np.object0)"]),
        ("str0", "str_", ["name = np.str0(label)", "words = np.array(tokens, dtype=np.str0)",
                          "if isinstance(key, np.str0):\n    key = str(key)"]),
        ("bytes0", "bytes_", ["raw = np.bytes0(payload)", "blob = np.array(chunks, dtype=np.bytes0)",
                              "return [np.bytes0(x) for x in parts]"]),
        ("void0", "void", ["rec = np.void0(b\"\\x00\\x01\")", "if isinstance(item, np.void0):\n    item = bytes(item)",
                           "cell = np.void0(data[0])"]),
    ]
    for old, new, snippets in zeros:
        change = b.change("numpy." + old, "numpy." + new, "rename", "1.24.0 -> 2.0.0", ZERO)
        b.rename(change, ("np." + old, "np." + new), *snippets)


def _constants(b: Book) -> None:
    for old, source in (("NaN", REMOVALS2 + ": Alias np.NaN has been removed, use np.nan"),
                        ("NAN", "NEP 52 Python API cleanup for NumPy 2.0, Main namespace: "
                                "np.inf and np.nan have 8 aliases between them, of which most can be removed")):
        change = b.change("numpy." + old, "numpy.nan", "rename", "1.26.0 -> 2.0.0", source)
        snippets = {
            "NaN": ["values[values < 0] = np.NaN", "df = df.replace(-999, np.NaN)",
                    "return np.full(shape, np.NaN)", "result = [np.NaN if v is None else v for v in row]",
                    """
stats = {
    "mean": np.NaN,
    "std": np.NaN,
}
"""],
            "NAN": ["x = np.where(mask, np.NAN, x)", "missing = np.NAN",
                    "def fill(a):\n    a[np.isinf(a)] = np.NAN\n    return a"],
        }[old]
        b.rename(change, ("np." + old, "np.nan"), *snippets)
    inf_aliases = {
        "Inf": (REMOVALS2 + ": Alias np.Inf has been removed, use np.inf",
                ["best = np.Inf", "if loss < np.Inf:\n    print(loss)", "bounds = (-np.Inf, np.Inf)",
                 "return min(scores, default=np.Inf)"]),
        "Infinity": (REMOVALS2 + ": Alias np.Infinity has been removed, use np.inf",
                     ["lowest = np.Infinity", "dist = np.full(n, np.Infinity)",
                      "limits = [np.Infinity for _ in range(dims)]"]),
        "infty": (REMOVALS2 + ": Alias np.infty has been removed, use np.inf",
                  ["upper = np.infty", "clipped = np.clip(x, -np.infty, threshold)",
                   "def reset(self):\n    self.best_score = np.infty"]),
        "PINF": (NS2 + ": PINF, use np.inf",
                 ["max_val = np.PINF", "ranges = np.array([0.0, np.PINF])",
                  "return np.where(valid, x, np.PINF)"]),
    }
    for old, (source, snippets) in inf_aliases.items():
        change = b.change("numpy." + old, "numpy.inf", "rename", "1.26.0 -> 2.0.0", source)
        b.rename(change, ("np." + old, "np.inf"), *snippets)
    ninf = b.change("numpy.NINF", "-numpy.inf", "rename", "1.26.0 -> 2.0.0", NS2 + ": NINF, use -np.inf")
    b.rename(ninf, ("np.NINF", "-np.inf"),
             "best = np.NINF", "scores = np.full(n, np.NINF)",
             "bounds = [(np.NINF, hi) for hi in highs]",
             "if value == np.NINF:\n    value = floor")
    pzero = b.change("numpy.PZERO", "0.0", "rename", "1.26.0 -> 2.0.0", NS2 + ": PZERO, use 0.0")
    b.rename(pzero, ("np.PZERO", "0.0"),
             "total = np.PZERO", "acc = np.full(3, np.PZERO)", "return np.copysign(np.PZERO, x)")
    nzero = b.change("numpy.NZERO", "-0.0", "rename", "1.26.0 -> 2.0.0", NS2 + ": NZERO, use -0.0")
    b.rename(nzero, ("np.NZERO", "-0.0"),
             "signed = np.NZERO", "out = np.full(n, np.NZERO)", "return np.copysign(1.0, np.NZERO)")


def _functions(b: Book) -> None:
    simple = [
        ("product", "prod", DEPR125 + ": np.product is deprecated, use np.prod", "1.25.0 -> 2.0.0", [
            "n_cells = np.product(grid.shape)",
            "return np.product(factors, axis=0)",
            "sizes = [np.product(t.shape) for t in tensors]",
            "total = np.product(self.dims) * itemsize",
            "counts = np.product(shapes, 1)",
            """
volume = np.product(
    [width, height, depth],
    dtype=np.int64,
)
"""]),
        ("cumproduct", "cumprod", DEPR125 + ": np.cumproduct is deprecated, use np.cumprod", "1.25.0 -> 2.0.0", [
            "growth = np.cumproduct(1 + returns)",
            "strides = np.cumproduct(shape[::-1])[::-1]",
            "return np.cumproduct(self.rates, axis=1)"]),
        ("sometrue", "any", DEPR125 + ": np.sometrue is deprecated, use np.any", "1.25.0 -> 2.0.0", [
            "if np.sometrue(mask):\n    handle(mask)",
            "has_nan = np.sometrue(np.isnan(x), axis=0)",
            "return np.sometrue(arr > limit)"]),
        ("alltrue", "all", DEPR125 + ": np.alltrue is deprecated, use np.all", "1.25.0 -> 2.0.0", [
            "assert np.alltrue(result == expected)",
            "ok = np.alltrue(np.isfinite(values), axis=1)",
            "if not np.alltrue(weights >= 0):\n    raise ValueError(\"negative weights\")",
            "valid = [np.alltrue(b) for b in blocks]"]),
        ("round_", "round", DEPR125 + ": np.round_ is deprecated, use np.round", "1.25.0 -> 2.0.0", [
            "prices = np.round_(prices, 2)",
            "return np.round_(self.scores, decimals=3)",
            "print(np.round_(accuracy * 100, 1))"]),
        ("in1d", "isin", DEPR2 + ": np.in1d has been deprecated, use np.isin", "2.0.0 -> 2.4.0", [
            "mask = np.in1d(ids, selected_ids)",
            "df = df[np.in1d(df[\"user\"].values, banned, invert=True)]",
            "return np.in1d(labels, classes).sum()",
            "keep = [np.in1d(batch, vocab).all() for batch in batches]",
            "fresh = np.in1d(vertices, seen, True, True)"]),
        ("row_stack", "vstack", DEPR2 + ": Alias np.row_stack has been deprecated, use np.vstack", "2.0.0 -> 2.5.0", [
            "table = np.row_stack([header, rows])",
            "return np.row_stack((self.x, self.y))",
            """
stacked = np.row_stack(
    [features[i] for i in order]
)
"""]),
        ("trapz", "trapezoid", DEPR2 + ": np.trapz has been deprecated, use np.trapezoid", "2.0.0 -> 2.4.0", [
            "area = np.trapz(y, x)",
            "auc = np.trapz(tpr, fpr)",
            "return np.trapz(density, dx=step)",
            "energies = [np.trapz(p, t) for p, t in zip(powers, times)]"]),
        ("mat", "asmatrix", REMOVALS2 + ": Alias np.mat has been removed, use np.asmatrix", "1.26.0 -> 2.0.0", [
            "m = np.mat(data)",
            "return np.mat(rows) * np.mat(cols).T",
            "A = np.mat([[1, 2], [3, 4]])"]),
    ]
    for old, new, source, versions, snippets in simple:
        change = b.change("numpy." + old, "numpy." + new, "rename", versions, source)
        b.rename(change, ("np." + old, "np." + new), *snippets)

    issub = b.change("numpy.issubclass_", "issubclass", "rename", "1.26.0 -> 2.0.0",
                     REMOVALS2 + ": np.issubclass_ has been removed, use the issubclass builtin")
    b.rename(issub, ("np.issubclass_", "issubclass"),
             "if np.issubclass_(dtype.type, np.integer):\n    scale = 1",
             "is_float = np.issubclass_(kind, np.floating)",
             "return np.issubclass_(cls, Base)")

    asfarray = b.change("numpy.asfarray", "numpy.asarray", "argument", "1.26.0 -> 2.0.0",
                        REMOVALS2 + ": np.asfarray has been removed, use np.asarray with a proper dtype")
    b.pair(asfarray, "x = np.asfarray(values)", "x = np.asarray(values, dtype=np.float64)")
    b.pair(asfarray, "return np.asfarray(self.points)", "return np.asarray(self.points, dtype=np.float64)")
    b.pair(asfarray, "weights = np.asfarray(weights, dtype=np.float32)",
           "weights = np.asarray(weights, dtype=np.float32)")
    b.pair(asfarray, "arrays = [np.asfarray(a) for a in inputs]",
           "arrays = [np.asarray(a, dtype=np.float64) for a in inputs]")

    msort = b.change("numpy.msort", "numpy.sort", "argument", "1.24.0 -> 2.0.0",
                     "NumPy 1.24.0 Release Notes, Deprecations: Deprecate msort, use np.sort(a, axis=0)")
    b.pair(msort, "ordered = np.msort(samples)", "ordered = np.sort(samples, axis=0)")
    b.pair(msort, "return np.msort(self.table)[0]", "return np.sort(self.table, axis=0)[0]")
    b.pair(msort, "medians = np.msort(data)[len(data) // 2]", "medians = np.sort(data, axis=0)[len(data) // 2]")

    common = b.change("numpy.find_common_type", "numpy.result_type", "restructure", "1.25.0 -> 2.0.0",
                      DEPR125 + ": np.find_common_type is deprecated, use numpy.result_type or numpy.promote_types")
    b.pair(common, "dtype = np.find_common_type([a.dtype, b.dtype], [])", "dtype = np.result_type(a.dtype, b.dtype)")
    b.pair(common, "return np.find_common_type([x.dtype for x in arrays], [])",
           "return np.result_type(*[x.dtype for x in arrays])")
    b.pair(common, "out = np.empty(n, dtype=np.find_common_type(dtypes, []))",
           "out = np.empty(n, dtype=np.result_type(*dtypes))")

    cast = b.change("numpy.cast", "numpy.asarray", "restructure", "1.25.0 -> 2.0.0",
                    REMOVALS2 + ": np.cast has been removed, the literal replacement for np.cast[dtype](arg) "
                                "is np.asarray(arg, dtype=dtype)")
    b.pair(cast, "y = np.cast[np.float32](x)", "y = np.asarray(x, dtype=np.float32)")
    b.pair(cast, "return np.cast[\"i8\"](self.offsets)", "return np.asarray(self.offsets, dtype=\"i8\")")
    b.pair(cast, "ids = np.cast[np.int64](raw_ids[mask])", "ids = np.asarray(raw_ids[mask], dtype=np.int64)")

    source = b.change("numpy.source", "inspect.getsource", "restructure", "1.26.0 -> 2.0.0",
                      REMOVALS2 + ": np.source has been removed, the preferred replacement is inspect.getsource")
    b.pair(source, "np.source(np.interp)", "import inspect\nprint(inspect.getsource(np.interp))")
    b.pair(source, """
import numpy as np
np.source(my_function)
""", """
import inspect
import numpy as np
print(inspect.getsource(my_function))
""")
    b.pair(source, """
for fn in helpers:
    np.source(fn)
""", """
import inspect
for fn in helpers:
    print(inspect.getsource(fn))
""")

    safe_eval = b.change("numpy.safe_eval", "ast.literal_eval", "rename", "2.0.0 -> 2.0.0",
                         DEPR2 + ": np.safe_eval has been deprecated, ast.literal_eval should be used instead")
    b.pair(safe_eval, "shape = np.safe_eval(header[\"shape\"])", "import ast\nshape = ast.literal_eval(header[\"shape\"])")
    b.pair(safe_eval, """
import numpy as np
config = np.safe_eval(text)
""", """
import ast
import numpy as np
config = ast.literal_eval(text)
""")
    b.pair(safe_eval, """
import ast
import numpy as np
values = [np.safe_eval(s) for s in fields]
""", """
import ast
import numpy as np
values = [ast.literal_eval(s) for s in fields]
""")

    fast = b.change("numpy.fastCopyAndTranspose", "numpy.ndarray.T.copy", "restructure", "1.24.0 -> 2.0.0",
                    "NumPy 1.24.0 Release Notes, Deprecations: Deprecate fastCopyAndTranspose, use arr.T.copy()")
    b.pair(fast, "bt = np.fastCopyAndTranspose(b)", "bt = b.T.copy()")
    b.pair(fast, "return np.fastCopyAndTranspose(self.weights)", "return self.weights.T.copy()")
    b.pair(fast, "cols = np.fastCopyAndTranspose(blocks[0])", "cols = blocks[0].T.copy()")

    bounds = b.change("numpy.byte_bounds", "numpy.lib.array_utils.byte_bounds", "rename", "1.26.0 -> 2.0.0",
                      NS2 + ": byte_bounds is now available under np.lib.array_utils.byte_bounds")
    b.rename(bounds, ("np.byte_bounds", "np.lib.array_utils.byte_bounds"),
             "low, high = np.byte_bounds(arr)",
             "return np.byte_bounds(a) == np.byte_bounds(b)",
             "extent = np.byte_bounds(self.buffer)[1] - np.byte_bounds(self.buffer)[0]")

    obj2 = b.change("numpy.obj2sctype", "numpy.dtype.type", "restructure", "1.26.0 -> 2.0.0",
                    NS2 + ": obj2sctype, use np.dtype(obj).type")
    b.pair(obj2, "scalar_type = np.obj2sctype(arr)", "scalar_type = np.dtype(arr).type")
    b.pair(obj2, "return np.obj2sctype(self.dtype)", "return np.dtype(self.dtype).type")
    b.pair(obj2, "if np.obj2sctype(kind) is np.float64:\n    kind = float",
           "if np.dtype(kind).type is np.float64:\n    kind = float")

    s2c = b.change("numpy.sctype2char", "numpy.dtype.char", "restructure", "1.26.0 -> 2.0.0",
                   NS2 + ": sctype2char, use np.dtype(obj).char")
    b.pair(s2c, "code = np.sctype2char(np.float32)", "code = np.dtype(np.float32).char")
    b.pair(s2c, "return np.sctype2char(dtype) + str(n)", "return np.dtype(dtype).char + str(n)")
    b.pair(s2c, "codes = [np.sctype2char(t) for t in types]", "codes = [np.dtype(t).char for t in types]")

    issubs = b.change("numpy.issubsctype", "numpy.issubdtype", "rename", "1.26.0 -> 2.0.0",
                      NS2 + ": issubsctype, use np.issubdtype")
    b.rename(issubs, ("np.issubsctype", "np.issubdtype"),
             "if np.issubsctype(arr, np.floating):\n    arr = np.round(arr)",
             "is_int = np.issubsctype(dtype, np.integer)",
             "return np.issubsctype(self.values.dtype, np.complexfloating)")

    issct = b.change("numpy.issctype", "issubclass", "restructure", "1.26.0 -> 2.0.0",
                     NS2 + ": issctype, use issubclass(rep, np.generic)")
    b.pair(issct, "ok = np.issctype(rep)", "ok = issubclass(rep, np.generic)")
    b.pair(issct, "if np.issctype(t):\n    types.append(t)", "if issubclass(t, np.generic):\n    types.append(t)")
    b.pair(issct, "return np.issctype(self.kind)", "return issubclass(self.kind, np.generic)")

    nbytes = b.change("numpy.nbytes", "numpy.dtype.itemsize", "restructure", "1.26.0 -> 2.0.0",
                      REMOVALS2 + ": np.nbytes has been removed, use np.dtype(<dtype>).itemsize")
    b.pair(nbytes, "size = np.nbytes[np.float32]", "size = np.dtype(np.float32).itemsize")
    b.pair(nbytes, "total = n * np.nbytes[dtype]", "total = n * np.dtype(dtype).itemsize")
    b.pair(nbytes, "return np.nbytes[self.dtype] * self.count", "return np.dtype(self.dtype).itemsize * self.count")

    cmpc = b.change("numpy.compare_chararrays", "numpy.char.compare_chararrays", "rename", "1.26.0 -> 2.0.0",
                    REMOVALS2 + ": np.compare_chararrays has been removed from the main namespace, "
                                "use np.char.compare_chararrays")
    b.rename(cmpc, ("np.compare_chararrays", "np.char.compare_chararrays"),
             "same = np.compare_chararrays(a, b, \"==\", True)",
             "return np.compare_chararrays(left, right, \"<\", False)",
             "mask = np.compare_chararrays(names, targets, \"!=\", True)")
    fmt = b.change("numpy.format_parser", "numpy.rec.format_parser", "rename", "1.26.0 -> 2.0.0",
                   REMOVALS2 + ": np.format_parser has been removed from the main namespace, use np.rec.format_parser")
    b.rename(fmt, ("np.format_parser", "np.rec.format_parser"),
             "parser = np.format_parser([\"i4\", \"f8\"], [\"id\", \"value\"], [])",
             "dtype = np.format_parser(formats, names, titles).dtype",
             "return np.format_parser(self.formats, self.names, None)")
    ds = b.change("numpy.DataSource", "numpy.lib.npyio.DataSource", "rename", "1.26.0 -> 2.0.0",
                  NS2 + ": DataSource is still available as np.lib.npyio.DataSource")
    b.rename(ds, ("np.DataSource", "np.lib.npyio.DataSource"),
             "source = np.DataSource(cache_dir)",
             "with np.DataSource(None).open(path) as fh:\n    header = fh.readline()",
             "self.datasource = np.DataSource(destpath=tmpdir)")


def _older(b: Book) -> None:
    asscalar = b.change("numpy.asscalar", "numpy.ndarray.item", "restructure", "1.16.0 -> 1.23.0",
                        "NumPy 1.16.0 Release Notes, Deprecations: numpy.asscalar is deprecated, "
                        "it is an alias to the more powerful numpy.ndarray.item")
    b.pair(asscalar, "value = np.asscalar(arr)", "value = arr.item()")
    b.pair(asscalar, "return np.asscalar(self.loss)", "return self.loss.item()")
    b.pair(asscalar, "best = np.asscalar(scores[idx])", "best = scores[idx].item()")
    b.pair(asscalar, "total = np.asscalar(np.sum(counts))", "total = np.sum(counts).item()")
    b.pair(asscalar, "print(\"step\", np.asscalar(step), file=log)", "print(\"step\", step.item(), file=log)")

    alen = b.change("numpy.alen", "len", "rename", "1.18.0 -> 1.23.0",
                    "NumPy 1.18.0 Release Notes, Deprecations: Deprecate np.alen, use len instead")
    b.rename(alen, ("np.alen", "len"),
             "n = np.alen(samples)",
             "for i in range(np.alen(self.items)):\n    visit(self.items[i])",
             "return np.alen(batch) == batch_size")

    rank = b.change("numpy.rank", "numpy.ndim", "rename", "1.10.0 -> 1.18.0",
                    "NumPy 1.18.0 Release Notes, Expired deprecations: np.rank has been removed, "
                    "it was deprecated in NumPy 1.10 (use np.ndim)")
    b.rename(rank, ("np.rank", "np.ndim"),
             "if np.rank(x) == 1:\n    x = x[:, None]",
             "dims = np.rank(image)",
             "return [np.rank(a) for a in arrays]")

    ri = b.change("numpy.random.random_integers", "numpy.random.randint", "restructure", "1.11.0 -> 1.11.0",
                  "NumPy 1.11.0 Release Notes, Deprecations: np.random.random_integers is being deprecated "
                  "in favor of calling np.random.randint")
    b.pair(ri, "rolls = np.random.random_integers(1, 6, size=100)", "rolls = np.random.randint(1, 6 + 1, size=100)")
    b.pair(ri, "idx = np.random.random_integers(0, n - 1, batch)", "idx = np.random.randint(0, n - 1 + 1, batch)")
    b.pair(ri, "return np.random.random_integers(low, high, size=(rows, cols))",
           "return np.random.randint(low, high + 1, size=(rows, cols))")

    tostring = b.change("numpy.ndarray.tostring", "numpy.ndarray.tobytes", "rename", "1.19.0 -> 2.3.0",
                        "NumPy 1.19.0 Release Notes, Deprecations: numpy.ndarray.tostring() is deprecated "
                        "in favor of tobytes()")
    b.rename(tostring, (".tostring(", ".tobytes("),
             "payload = frame.tostring()",
             "digest = hashlib.sha1(arr.tostring()).hexdigest()",
             "return self.buffer.tostring()",
             "fh.write(image.astype(np.uint8).tostring())")

    fromstring = b.change("numpy.fromstring", "numpy.frombuffer", "rename", "1.14.0 -> 2.3.0",
                          "NumPy 1.14.0 Release Notes, Deprecations: calling np.fromstring with the default "
                          "value of the sep argument is deprecated, use np.frombuffer")
    b.rename(fromstring, ("np.fromstring", "np.frombuffer"),
             "pixels = np.fromstring(raw, dtype=np.uint8)",
             "return np.fromstring(self.blob, dtype=np.float32).reshape(self.shape)",
             "samples = np.fromstring(stream.read(n * 2), np.int16)")

    normed = b.change("numpy.histogram(normed)", "numpy.histogram(density)", "argument", "1.6.0 -> 1.24.0",
                      "NumPy 1.24.0 Release Notes, Expired deprecations: The normed keyword argument has been "
                      "removed from np.histogram, np.histogram2d, and np.histogramdd. Use density instead")
    b.rename(normed, ("normed=", "density="),
             "hist, edges = np.histogram(x, bins=50, normed=True)",
             "h, xe, ye = np.histogram2d(xs, ys, bins=20, normed=True)",
             """
counts, _ = np.histogram(
    samples,
    bins=edges,
    normed=True,
)
""")

    newshape = b.change("numpy.reshape(newshape)", "numpy.reshape(shape)", "argument", "2.1.0 -> 2.4.0",
                        "NumPy 2.4.0 Release Notes, Removed newshape parameter from numpy.reshape "
                        "(deprecated in NumPy 2.1.0)")
    b.rename(newshape, ("newshape=", "shape="),
             "flat = np.reshape(img, newshape=-1)",
             "return np.reshape(self.data, newshape=(rows, cols))",
             "grid = np.reshape(values, newshape=(ny, nx), order=\"F\")")

    copy = b.change("numpy.array(copy=False)", "numpy.asarray", "argument", "1.26.0 -> 2.0.0",
                    "NumPy 2.0 migration guide, Adapting to changes in the copy keyword: code using "
                    "np.array(..., copy=False) can in most cases be changed to np.asarray(...)")
    b.pair(copy, "arr = np.array(data, copy=False)", "arr = np.asarray(data)")
    b.pair(copy, "return np.array(self.values, dtype=np.float64, copy=False)",
           "return np.asarray(self.values, dtype=np.float64)")
    b.pair(copy, "views = [np.array(b, copy=False) for b in buffers]", "views = [np.asarray(b) for b in buffers]")


def _methods(b: Book) -> None:
    methods = ("NumPy 2.0 migration guide, ndarray and scalar methods: ")
    ptp = b.change("numpy.ndarray.ptp", "numpy.ptp", "restructure", "1.26.0 -> 2.0.0", methods + "ptp, use np.ptp(arr, ...)")
    b.pair(ptp, "span = arr.ptp()", "span = np.ptp(arr)")
    b.pair(ptp, "ranges = self.data.ptp(axis=0)", "ranges = np.ptp(self.data, axis=0)")
    b.pair(ptp, "return (x - x.min()) / x.ptp()", "return (x - x.min()) / np.ptp(x)")
    itemset = b.change("numpy.ndarray.itemset", "numpy.ndarray.__setitem__", "restructure", "1.26.0 -> 2.0.0",
                       methods + "setitem (itemset), use arr[index] = value")
    b.pair(itemset, "grid.itemset((i, j), 1)", "grid[i, j] = 1")
    b.pair(itemset, "self.counts.itemset(k, self.counts[k] + 1)", "self.counts[k] = self.counts[k] + 1")
    b.pair(itemset, """
for idx in hits:
    board.itemset(idx, 0)
""", """
for idx in hits:
    board[idx] = 0
""")
    nbo = b.change("numpy.ndarray.newbyteorder", "numpy.dtype.newbyteorder", "restructure", "1.26.0 -> 2.0.0",
                   methods + "newbyteorder, use arr.view(arr.dtype.newbyteorder(order))")
    b.pair(nbo, "swapped = arr.newbyteorder(\">\")", "swapped = arr.view(arr.dtype.newbyteorder(\">\"))")
    b.pair(nbo, "return self.raw.newbyteorder(\"S\")", "return self.raw.view(self.raw.dtype.newbyteorder(\"S\"))")
    b.pair(nbo, "swapped = [a.newbyteorder(\"<\") for a in arrays]",
           "swapped = [a.view(a.dtype.newbyteorder(\"<\")) for a in arrays]")


def _modules(b: Book) -> None:
    exc = ("NumPy 2.0.0 Release Notes, NumPy 2.0 Python API removals: warnings and exceptions present in "
           "numpy.exceptions are no longer exposed in the main namespace")
    for name, snippets in {
        "AxisError": ["except np.AxisError:\n    axis = 0", "raise np.AxisError(axis, ndim)",
                      "with pytest.raises(np.AxisError):\n    np.sum(a, axis=3)"],
        "ComplexWarning": ["warnings.simplefilter(\"ignore\", np.ComplexWarning)",
                           "with pytest.warns(np.ComplexWarning):\n    x.astype(float)",
                           "warnings.filterwarnings(\"error\", category=np.ComplexWarning)"],
        "VisibleDeprecationWarning": ["warnings.filterwarnings(\"ignore\", category=np.VisibleDeprecationWarning)",
                                      "except np.VisibleDeprecationWarning:\n    arr = np.array(rows, dtype=object)",
                                      "with pytest.warns(np.VisibleDeprecationWarning):\n    np.array(ragged)"],
        "RankWarning": ["warnings.simplefilter(\"ignore\", np.RankWarning)",
                        "with warnings.catch_warnings():\n    warnings.simplefilter(\"error\", np.RankWarning)\n    coef = np.polyfit(x, y, deg)",
                        "with pytest.warns(np.RankWarning):\n    np.polyfit(x, y, 12)"],
    }.items():
        change = b.change("numpy." + name, "numpy.exceptions." + name, "rename", "1.25.0 -> 2.0.0", exc)
        snippets = [s if not s.startswith(("except", "raise")) else _wrap_try(s) for s in snippets]
        b.rename(change, ("np." + name, "np.exceptions." + name), *snippets)

    core = ("NumPy 2.0.0 Release Notes, Renamed numpy.core to numpy._core; NumPy 2.0 migration guide, "
            "numpy.core namespace: use the public namespace")
    rec = b.change("numpy.core.records", "numpy.rec", "rename", "1.26.0 -> 2.0.0", core)
    b.rename(rec, ("np.core.records", "np.rec"),
             "table = np.core.records.fromarrays([ids, names], names=\"id,name\")",
             "return np.core.records.fromrecords(rows, dtype=dtype)",
             "recs = np.core.records.array(data)")
    dchar = b.change("numpy.core.defchararray", "numpy.char", "rename", "1.26.0 -> 2.0.0", core)
    b.rename(dchar, ("np.core.defchararray", "np.char"),
             "joined = np.core.defchararray.add(first, last)",
             "upper = np.core.defchararray.upper(names)",
             "return np.core.defchararray.strip(self.cells)")
    axis = b.change("numpy.core.multiarray.normalize_axis_index", "numpy.lib.array_utils.normalize_axis_index",
                    "rename", "1.26.0 -> 2.0.0", core)
    b.rename(axis, ("np.core.multiarray.normalize_axis_index", "np.lib.array_utils.normalize_axis_index"),
             "axis = np.core.multiarray.normalize_axis_index(axis, arr.ndim)",
             "return np.core.multiarray.normalize_axis_index(self.axis, ndim)",
             "axes = [np.core.multiarray.normalize_axis_index(a, x.ndim) for a in axes]")
    tup = b.change("numpy.core.numeric.normalize_axis_tuple", "numpy.lib.array_utils.normalize_axis_tuple",
                   "rename", "1.26.0 -> 2.0.0", core)
    b.pair(tup, "from numpy.core.numeric import normalize_axis_tuple\naxes = normalize_axis_tuple(axis, a.ndim)",
           "from numpy.lib.array_utils import normalize_axis_tuple\naxes = normalize_axis_tuple(axis, a.ndim)")
    b.rename(tup, ("np.core.numeric.normalize_axis_tuple", "np.lib.array_utils.normalize_axis_tuple"),
             "axes = np.core.numeric.normalize_axis_tuple(axes, ndim)",
             "return np.core.numeric.normalize_axis_tuple(self.axis, x.ndim, allow_duplicate=False)")
    lin = b.change("numpy.linalg.linalg", "numpy.linalg", "rename", "2.0.0 -> 2.4.0",
                   "NumPy 2.0.0 Release Notes, numpy.linalg.linalg made private; NumPy 2.4.0 Release Notes, "
                   "Removed numpy.linalg.linalg and numpy.fft.helper")
    b.rename(lin, ("np.linalg.linalg", "np.linalg"),
             "try:\n    coef = np.linalg.solve(A, b)\nexcept np.linalg.linalg.LinAlgError:\n    coef = None",
             "inv = np.linalg.linalg.inv(cov)",
             "return np.linalg.linalg.norm(v, axis=1)")
    helper = b.change("numpy.fft.helper", "numpy.fft", "rename", "2.0.0 -> 2.4.0",
                      "NumPy 2.0.0 Release Notes, numpy.fft.helper made private; NumPy 2.4.0 Release Notes, "
                      "Removed numpy.linalg.linalg and numpy.fft.helper")
    b.rename(helper, ("np.fft.helper", "np.fft"),
             "freqs = np.fft.helper.fftfreq(n, d=1 / rate)",
             "centered = np.fft.helper.fftshift(spectrum)",
             "return np.fft.helper.rfftfreq(self.n, self.dt)")


def _wrap_try(snippet: str) -> str:
    body = "\n".join("    " + line if line else line for line in snippet.splitlines())
    if snippet.startswith("except"):
        return "try:\n    value = compute(arr)\n" + snippet
    return "if axis >= ndim:\n" + body


def _multi(b: Book) -> None:
    f = b.change("numpy.float", "float", "rename", "1.20.0 -> 1.24.0", ALIASES)
    i = b.change("numpy.int", "int", "rename", "1.20.0 -> 1.24.0", ALIASES)
    nan = b.change("numpy.NaN", "numpy.nan", "rename", "1.26.0 -> 2.0.0", REMOVALS2 + ": Alias np.NaN has been removed, use np.nan")
    prod = b.change("numpy.product", "numpy.prod", "rename", "1.25.0 -> 2.0.0", DEPR125 + ": np.product is deprecated, use np.prod")
    inf = b.change("numpy.Inf", "numpy.inf", "rename", "1.26.0 -> 2.0.0", REMOVALS2 + ": Alias np.Inf has been removed, use np.inf")
    f_ = b.change("numpy.float_", "numpy.float64", "rename", "1.26.0 -> 2.0.0", REMOVALS2 + ": Alias np.float_ has been removed, use np.float64")
    asc = b.change("numpy.asscalar", "numpy.ndarray.item", "restructure", "1.16.0 -> 1.23.0",
                   "NumPy 1.16.0 Release Notes, Deprecations: numpy.asscalar is deprecated")
    trapz = b.change("numpy.trapz", "numpy.trapezoid", "rename", "2.0.0 -> 2.4.0", DEPR2 + ": np.trapz has been deprecated, use np.trapezoid")
    in1d = b.change("numpy.in1d", "numpy.isin", "rename", "2.0.0 -> 2.4.0", DEPR2 + ": np.in1d has been deprecated, use np.isin")
    b.multi([f, i], "x = np.zeros(n, dtype=np.float)\nidx = x.astype(np.int)",
            "x = np.zeros(n, dtype=float)\nidx = x.astype(int)")
    b.multi([nan, f_], "out = np.full(shape, np.NaN, dtype=np.float_)",
            "out = np.full(shape, np.nan, dtype=np.float64)")
    b.multi([prod, inf], """
def volume(dims):
    if not dims:
        return np.Inf
    return np.product(dims)
""", """
def volume(dims):
    if not dims:
        return np.inf
    return np.prod(dims)
""")
    b.multi([asc, f], "score = np.float(np.asscalar(best))", "score = float(best.item())")
    b.multi([trapz, in1d], "area = np.trapz(y[np.in1d(x, keep)], x[np.in1d(x, keep)])",
            "area = np.trapezoid(y[np.isin(x, keep)], x[np.isin(x, keep)])")
    b.multi([i, nan], """
for k in range(np.int(n_steps)):
    history[k] = np.NaN
""", """
for k in range(int(n_steps)):
    history[k] = np.nan
""")


def _negatives(b: Book) -> None:
    b.negative("numpy.float64", "1.20.0 -> 1.24.0",
               ALIASES + " (the sized scalar types such as np.float64 are not aliases and stay)",
               "x = np.zeros(10, dtype=np.float64)",
               "y = values.astype(np.float32)",
               "z = np.int64(count)",
               "mask = np.zeros(n, dtype=np.bool_)",
               "cells = np.empty(3, dtype=np.object_)",
               "wide = np.zeros(4, dtype=np.float128)")
    b.negative("float", "1.20.0 -> 1.24.0", ALIASES + " (builtin float and int are the replacement)",
               "x = float(value)",
               "n = int(np.ceil(total / size))",
               "ok = isinstance(v, (int, float, complex))")
    b.negative("numpy.nan", "1.26.0 -> 2.0.0", REMOVALS2 + " (np.nan and np.inf are the canonical names)",
               "values[values < 0] = np.nan",
               "best = -np.inf",
               "df = df.fillna(np.nan)",
               "ok = np.isnan(x) | np.isinf(x)")
    b.negative("numpy.prod", "1.25.0 -> 2.0.0", DEPR125 + " (np.prod, np.cumprod, np.any, np.all, np.round stay)",
               "n = np.prod(shape)",
               "growth = np.cumprod(1 + r)",
               "ok = np.all(x > 0) and not np.any(np.isnan(x))",
               "prices = np.round(prices, 2)")
    b.negative("itertools.product", "1.25.0 -> 2.0.0", DEPR125 + " (only np.product is deprecated)",
               "import itertools\npairs = list(itertools.product(xs, ys))",
               "from itertools import product\nfor a, b in product(range(3), repeat=2):\n    print(a, b)",
               "import math\ntotal = math.prod(factors)",
               "cells = grid.product(axis=0)")
    b.negative("numpy.isin", "2.0.0 -> 2.4.0", DEPR2 + " (np.isin, np.vstack and np.trapezoid are the replacements)",
               "mask = np.isin(ids, selected)",
               "table = np.vstack([header, rows])",
               "area = np.trapezoid(y, x)",
               "from scipy.integrate import trapezoid\narea = trapezoid(y, x)")
    b.negative("numpy.ndarray.item", "1.16.0 -> 1.23.0",
               "NumPy 1.16.0 Release Notes, Deprecations (ndarray.item is the replacement for asscalar)",
               "value = arr.item()",
               "n = len(samples)",
               "d = np.ndim(x)",
               "rolls = np.random.randint(1, 7, size=100)",
               "rng = np.random.default_rng(0)\nvals = rng.integers(1, 6, endpoint=True, size=10)")
    b.negative("numpy.ndarray.tobytes", "1.19.0 -> 2.3.0",
               "NumPy 1.19.0 Release Notes, Deprecations (tobytes, frombuffer and fromstring with sep stay)",
               "payload = frame.tobytes()",
               "vals = np.fromstring(\"1 2 3\", dtype=int, sep=\" \")",
               "text = name.encode(\"utf-8\").decode(\"ascii\")",
               "arr = np.frombuffer(raw, dtype=np.uint8)")
    b.negative("numpy.exceptions.AxisError", "1.25.0 -> 2.0.0", REMOVALS2 + " (np.exceptions is the new home)",
               "try:\n    np.sum(a, axis=3)\nexcept np.exceptions.AxisError:\n    pass",
               "warnings.simplefilter(\"ignore\", np.exceptions.ComplexWarning)")
    b.negative("numpy.round", "1.25.0 -> 2.0.0",
               DEPR125 + " (round_ is deprecated; builtin round and np.round stay)",
               "r = round(x, 2)",
               "scores = np.round(scores, decimals=3)",
               "s = arr.round(1)")
    b.negative("numpy.ptp", "1.26.0 -> 2.0.0", "NumPy 2.0 migration guide, ndarray and scalar methods (np.ptp stays)",
               "span = np.ptp(arr, axis=0)",
               "ranges = df.max() - df.min()")
    b.negative("numpy.asarray", "1.26.0 -> 2.0.0",
               "NumPy 2.0 migration guide, Adapting to changes in the copy keyword (copy=True is unaffected)",
               "arr = np.array(data, copy=True)",
               "x = np.asarray(values, dtype=np.float64)",
               "y = np.sort(a, axis=0)")


def _more_contexts(b: Book) -> None:
    """Multi-line calls and block bodies, appended last so earlier ids stay stable."""
    in1d = b.change("numpy.in1d", "numpy.isin", "rename", "2.0.0 -> 2.4.0", DEPR2 + ": np.in1d has been deprecated, use np.isin")
    b.rename(in1d, ("np.in1d", "np.isin"), """
mask = np.in1d(
    frame["country"].to_numpy(),
    allowed_countries,
    assume_unique=True,
)
""")
    asscalar = b.change("numpy.asscalar", "numpy.ndarray.item", "restructure", "1.16.0 -> 1.23.0",
                        "NumPy 1.16.0 Release Notes, Deprecations: numpy.asscalar is deprecated, "
                        "it is an alias to the more powerful numpy.ndarray.item")
    b.pair(asscalar, """
metrics = {
    "loss": np.asscalar(loss),
    "acc": acc,
}
""", """
metrics = {
    "loss": loss.item(),
    "acc": acc,
}
""")
    object_ = b.change("numpy.object", "object", "rename", "1.20.0 -> 1.24.0", ALIASES)
    b.rename(object_, ("np.object", "object"), """
table = np.array(
    [(name, payload) for name, payload in rows],
    dtype=np.object,
)
""")
    float_ = b.change("numpy.float_", "numpy.float64", "rename", "1.26.0 -> 2.0.0",
                      REMOVALS2 + ": Alias np.float_ has been removed, use np.float64")
    b.rename(float_, ("np.float_", "np.float64"), """
with np.errstate(divide="ignore"):
    ratio = np.divide(a, b, dtype=np.float_)
""")
    recfromtxt = b.change("numpy.recfromtxt", "numpy.genfromtxt", "restructure", "1.26.0 -> 2.0.0",
                          NS2 + ": recfromtxt, use np.genfromtxt (recfromtxt was genfromtxt with dtype=None, "
                                "viewed as a record array; checked with NumPy 1.26.4)")
    b.pair(recfromtxt, "data = np.recfromtxt(path, delimiter=\",\", names=True)",
           "data = np.genfromtxt(path, delimiter=\",\", names=True, dtype=None).view(np.recarray)")
    b.pair(recfromtxt, "table = np.recfromtxt(io.BytesIO(raw), names=True)",
           "table = np.genfromtxt(io.BytesIO(raw), names=True, dtype=None).view(np.recarray)")
    b.pair(recfromtxt, """
def load(fname):
    return np.recfromtxt(fname, delimiter="\\t", names=True, skip_header=1)
""", """
def load(fname):
    return np.genfromtxt(fname, delimiter="\\t", names=True, skip_header=1, dtype=None).view(np.recarray)
""")
    recfromcsv = b.change("numpy.recfromcsv", "numpy.genfromtxt", "restructure", "1.26.0 -> 2.0.0",
                          NS2 + ": recfromcsv, use np.genfromtxt with comma delimiter (recfromcsv was genfromtxt "
                                "with delimiter=\",\", names=True, case_sensitive=\"lower\" and dtype=None, viewed "
                                "as a record array; checked with NumPy 1.26.4)")
    tail = "delimiter=\",\", names=True, case_sensitive=\"lower\", dtype=None).view(np.recarray)"
    b.pair(recfromcsv, "rows = np.recfromcsv(path)", "rows = np.genfromtxt(path, " + tail)
    b.pair(recfromcsv, "data = np.recfromcsv(fh, skip_header=2)", "data = np.genfromtxt(fh, skip_header=2, " + tail)
    b.pair(recfromcsv, """
with open(csv_file, "rb") as f:
    return np.recfromcsv(f, usecols=(0, 2))
""", """
with open(csv_file, "rb") as f:
    return np.genfromtxt(f, usecols=(0, 2), """ + tail + """
""")
    b.pair(recfromtxt, "arr = np.recfromtxt(src, delimiter=\";\", names=True, dtype=float)",
           "arr = np.genfromtxt(src, delimiter=\";\", names=True, dtype=float).view(np.recarray)")
    csv_tail = "names=True, case_sensitive=\"lower\", dtype=None).view(np.recarray)"
    b.pair(recfromcsv, "table = np.recfromcsv(table_path, delimiter=\";\")",
           "table = np.genfromtxt(table_path, delimiter=\";\", " + csv_tail)
    b.pair(recfromcsv, "events = np.recfromcsv(events_file, delimiter=\"|\")",
           "events = np.genfromtxt(events_file, delimiter=\"|\", " + csv_tail)
    b.pair(recfromtxt, "summary = np.recfromtxt(stream, names=(\"name\", \"value\"), delimiter=\",\")",
           "summary = np.genfromtxt(stream, names=(\"name\", \"value\"), delimiter=\",\", dtype=None).view(np.recarray)")
