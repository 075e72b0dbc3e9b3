"""pandas: 1.x deprecations removed in 2.0, 2.1/2.2 deprecations and older removals."""
from common import Book

W140 = "pandas 1.4.0 What's new, Deprecations"
W150 = "pandas 1.5.0 What's new, Deprecations"
W130 = "pandas 1.3.0 What's new, Deprecations"
W200 = "pandas 2.0.0 What's new, Deprecations"
W210 = "pandas 2.1.0 What's new, Deprecations"
W220 = "pandas 2.2.0 What's new, Deprecations"
R200 = "pandas 2.0.0 What's new, Removal of prior version deprecations/changes"
R100 = "pandas 1.0.0 What's new, Removal of prior version deprecations/changes"


def build() -> Book:
    b = Book("pandas")
    _append(b)
    _renames(b)
    _readers(b)
    _fill_and_select(b)
    _dtypes(b)
    _older(b)
    _styler_and_io(b)
    _offsets(b)
    _multi(b)
    _negatives(b)
    _more_contexts(b)
    _positional_ix(b)
    _time_grouper(b)
    return b


def _append(b: Book) -> None:
    frame = b.change("pandas.DataFrame.append", "pandas.concat", "restructure", "1.4.0 -> 2.0.0",
                     W140 + ": DataFrame.append and Series.append are deprecated, use pandas.concat")
    b.pair(frame, "df = df.append(new_rows, ignore_index=True)", "df = pd.concat([df, new_rows], ignore_index=True)")
    b.pair(frame, "combined = train.append(test)", "combined = pd.concat([train, test])")
    b.pair(frame, "return self.data.append(batch, ignore_index=True)",
           "return pd.concat([self.data, batch], ignore_index=True)")
    b.pair(frame, "result = frames[0].append(frames[1:], sort=False)", "result = pd.concat([frames[0], *frames[1:]], sort=False)")
    b.pair(frame, """
for chunk in reader:
    out = out.append(chunk[chunk["valid"]])
""", """
for chunk in reader:
    out = pd.concat([out, chunk[chunk["valid"]]])
""")
    b.pair(frame, 'log = log.append({"step": step, "loss": loss}, ignore_index=True)',
           'log = pd.concat([log, pd.DataFrame([{"step": step, "loss": loss}])], ignore_index=True)')
    b.pair(frame, """
summary = get_df().append(
    totals,
    ignore_index=True,
)
""", """
summary = pd.concat(
    [get_df(), totals],
    ignore_index=True,
)
""")
    series = b.change("pandas.Series.append", "pandas.concat", "restructure", "1.4.0 -> 2.0.0",
                      W140 + ": DataFrame.append and Series.append are deprecated, use pandas.concat")
    b.pair(series, "s = s.append(pd.Series([value]), ignore_index=True)", "s = pd.concat([s, pd.Series([value])], ignore_index=True)")
    b.pair(series, "all_ids = train_ids.append(test_ids)", "all_ids = pd.concat([train_ids, test_ids])")
    b.pair(series, "return results[0].append(results[1], verify_integrity=True)",
           "return pd.concat([results[0], results[1]], verify_integrity=True)")


def _renames(b: Book) -> None:
    items = b.change("pandas.DataFrame.iteritems", "pandas.DataFrame.items", "rename", "1.5.0 -> 2.0.0",
                     W150 + ": Series.iteritems and DataFrame.iteritems are deprecated, use .items instead")
    b.rename(items, (".iteritems(", ".items("),
             "for name, column in df.iteritems():\n    print(name, column.dtype)",
             "widths = {name: col.str.len().max() for name, col in frame.iteritems()}",
             "return list(self.table.iteritems())",
             "for idx, value in series.iteritems():\n    totals[idx] += value")

    mono = b.change("pandas.Index.is_monotonic", "pandas.Index.is_monotonic_increasing", "rename", "1.5.0 -> 2.0.0",
                    W150 + ": Series.is_monotonic and Index.is_monotonic are deprecated, use is_monotonic_increasing")
    b.rename(mono, (".is_monotonic", ".is_monotonic_increasing"),
             "assert df.index.is_monotonic",
             "if not series.is_monotonic:\n    series = series.sort_values()",
             "return self.frame.index.is_monotonic")

    applymap = b.change("pandas.DataFrame.applymap", "pandas.DataFrame.map", "rename", "2.1.0 -> 3.0.0",
                        W210 + ": DataFrame.applymap has been deprecated, use DataFrame.map")
    b.rename(applymap, (".applymap(", ".map("),
             "clean = df.applymap(str.strip)",
             "lengths = frame.applymap(len).max()",
             "return self.data.applymap(lambda v: round(v, 2))",
             """
formatted = table.applymap(
    lambda x: f"{x:.1%}",
    na_action="ignore",
)
""")

    swap = b.change("pandas.DataFrame.swapaxes", "pandas.DataFrame.transpose", "restructure", "2.1.0 -> 3.0.0",
                    W210 + ": DataFrame.swapaxes and Series.swapaxes are deprecated, use transpose")
    b.pair(swap, "flipped = df.swapaxes(0, 1)", "flipped = df.transpose()")
    b.pair(swap, "return self.frame.swapaxes(\"index\", \"columns\")", "return self.frame.transpose()")
    b.pair(swap, "wide = long_df.swapaxes(0, 1).reset_index()", "wide = long_df.transpose().reset_index()")

    pad = b.change("pandas.DataFrame.pad", "pandas.DataFrame.ffill", "rename", "2.0.0 -> 3.0.0",
                   W200 + ": DataFrame.pad and Series.pad are deprecated, use ffill")
    b.rename(pad, (".pad(", ".ffill("),
             "df = df.pad()",
             "prices = prices.pad(limit=3)",
             "return self.series.pad(axis=0)")
    backfill = b.change("pandas.DataFrame.backfill", "pandas.DataFrame.bfill", "rename", "2.0.0 -> 3.0.0",
                        W200 + ": DataFrame.backfill and Series.backfill are deprecated, use bfill")
    b.rename(backfill, (".backfill(", ".bfill("),
             "df = df.backfill()",
             "levels = levels.backfill(limit=1)",
             "filled = [s.backfill() for s in parts]")

    ravel = b.change("pandas.Series.ravel", "pandas.Series.to_numpy", "rename", "2.2.0 -> 3.0.0",
                     W220 + ": Series.ravel is deprecated, the underlying array is already 1D; use to_numpy")
    b.rename(ravel, (".ravel()", ".to_numpy()"),
             "y = df[\"target\"].ravel()",
             "return self.labels.ravel()",
             "model.fit(X, series.ravel())")

    boolean = b.change("pandas.Series.bool", "bool(Series.item())", "restructure", "2.1.0 -> 3.0.0",
                       W210 + ": NDFrame.bool is deprecated")
    b.pair(boolean, "flag = df[\"active\"].bool()", "flag = bool(df[\"active\"].item())")
    b.pair(boolean, "if mask.bool():\n    run()", "if bool(mask.item()):\n    run()")
    b.pair(boolean, "return self.result.bool()", "return bool(self.result.item())")

    weekofyear = b.change("pandas.Series.dt.weekofyear", "pandas.Series.dt.isocalendar().week", "restructure",
                          "1.1.0 -> 2.0.0",
                          "pandas 1.1.0 What's new, Deprecations: Series.dt.week and Series.dt.weekofyear are "
                          "deprecated, use Series.dt.isocalendar().week")
    b.pair(weekofyear, "df[\"week\"] = df[\"date\"].dt.weekofyear", "df[\"week\"] = df[\"date\"].dt.isocalendar().week")
    b.pair(weekofyear, "weeks = sales.index.weekofyear", "weeks = sales.index.isocalendar().week")
    b.pair(weekofyear, "by_week = orders.groupby(orders[\"ts\"].dt.week)[\"amount\"].sum()",
           "by_week = orders.groupby(orders[\"ts\"].dt.isocalendar().week)[\"amount\"].sum()")
    b.pair(weekofyear, "return self.timestamps.dt.week", "return self.timestamps.dt.isocalendar().week")


def _readers(b: Book) -> None:
    bad = b.change("pandas.read_csv(error_bad_lines)", "pandas.read_csv(on_bad_lines)", "argument", "1.3.0 -> 2.0.0",
                   W130 + ": error_bad_lines and warn_bad_lines in read_csv are deprecated in favor of on_bad_lines")
    b.pair(bad, "df = pd.read_csv(path, error_bad_lines=False)", "df = pd.read_csv(path, on_bad_lines=\"skip\")")
    b.pair(bad, "df = pd.read_csv(path, error_bad_lines=False, warn_bad_lines=True)",
           "df = pd.read_csv(path, on_bad_lines=\"warn\")")
    b.pair(bad, """
frame = pd.read_csv(
    buffer,
    sep=";",
    error_bad_lines=False,
)
""", """
frame = pd.read_csv(
    buffer,
    sep=";",
    on_bad_lines="skip",
)
""")
    b.pair(bad, "return pd.read_table(fname, error_bad_lines=True)", "return pd.read_table(fname, on_bad_lines=\"error\")")

    squeeze = b.change("pandas.read_csv(squeeze)", "pandas.DataFrame.squeeze", "restructure", "1.4.0 -> 2.0.0",
                       W140 + ": the squeeze argument of read_csv, read_table and read_excel is deprecated, "
                              "append .squeeze(\"columns\") to the call")
    b.pair(squeeze, "s = pd.read_csv(path, squeeze=True)", "s = pd.read_csv(path).squeeze(\"columns\")")
    b.pair(squeeze, "ids = pd.read_csv(f, usecols=[\"id\"], squeeze=True)", "ids = pd.read_csv(f, usecols=[\"id\"]).squeeze(\"columns\")")
    b.pair(squeeze, "return pd.read_excel(self.path, sheet_name=0, squeeze=True)",
           "return pd.read_excel(self.path, sheet_name=0).squeeze(\"columns\")")

    prefix = b.change("pandas.read_csv(prefix)", "pandas.DataFrame.add_prefix", "restructure", "1.4.0 -> 2.0.0",
                      W140 + ": the prefix argument of read_csv and read_table is deprecated, rename the columns "
                             "after reading")
    b.pair(prefix, "df = pd.read_csv(path, header=None, prefix=\"X\")", "df = pd.read_csv(path, header=None).add_prefix(\"X\")")
    b.pair(prefix, "raw = pd.read_table(fh, header=None, prefix=\"col_\", sep=\",\")",
           "raw = pd.read_table(fh, header=None, sep=\",\").add_prefix(\"col_\")")
    b.pair(prefix, "return pd.read_csv(io.StringIO(text), header=None, prefix=\"v\")",
           "return pd.read_csv(io.StringIO(text), header=None).add_prefix(\"v\")")

    mangle = b.change("pandas.read_csv(mangle_dupe_cols)", "pandas.read_csv", "removal", "1.5.0 -> 2.0.0",
                      W150 + ": the mangle_dupe_cols argument of read_csv, read_fwf, read_table and read_excel "
                             "is deprecated; True was the only supported value")
    b.pair(mangle, "df = pd.read_csv(path, mangle_dupe_cols=True)", "df = pd.read_csv(path)")
    b.pair(mangle, "data = pd.read_excel(xls, sheet_name=\"raw\", mangle_dupe_cols=True)",
           "data = pd.read_excel(xls, sheet_name=\"raw\")")
    b.pair(mangle, """
frame = pd.read_csv(
    src,
    mangle_dupe_cols=True,
    dtype=str,
)
""", """
frame = pd.read_csv(
    src,
    dtype=str,
)
""")

    parser = b.change("pandas.read_csv(date_parser)", "pandas.read_csv(date_format)", "argument", "2.0.0 -> 3.0.0",
                      W200 + ": the date_parser argument of read_csv, read_table, read_fwf and read_excel is "
                             "deprecated in favour of date_format")
    b.pair(parser, 'df = pd.read_csv(path, parse_dates=["day"], date_parser=lambda s: pd.to_datetime(s, format="%Y-%m-%d"))',
           'df = pd.read_csv(path, parse_dates=["day"], date_format="%Y-%m-%d")')
    b.pair(parser, """
events = pd.read_csv(
    log_file,
    parse_dates=["ts"],
    date_parser=lambda x: pd.to_datetime(x, format="%d/%m/%Y %H:%M"),
)
""", """
events = pd.read_csv(
    log_file,
    parse_dates=["ts"],
    date_format="%d/%m/%Y %H:%M",
)
""")
    b.pair(parser, 'return pd.read_excel(xls, parse_dates=[0], date_parser=lambda v: pd.to_datetime(v, format="%Y%m%d"))',
           'return pd.read_excel(xls, parse_dates=[0], date_format="%Y%m%d")')

    delim = b.change("pandas.read_csv(delim_whitespace)", "pandas.read_csv(sep)", "argument", "2.2.0 -> 3.0.0",
                     W220 + ": the delim_whitespace keyword in read_csv and read_table is deprecated, use sep=\"\\\\s+\"")
    b.pair(delim, "df = pd.read_csv(path, delim_whitespace=True)", 'df = pd.read_csv(path, sep=r"\\s+")')
    b.pair(delim, "table = pd.read_table(fh, delim_whitespace=True, header=None)", 'table = pd.read_table(fh, sep=r"\\s+", header=None)')
    b.pair(delim, """
return pd.read_csv(
    io.StringIO(text),
    delim_whitespace=True,
    comment="#",
)
""", """
return pd.read_csv(
    io.StringIO(text),
    sep=r"\\s+",
    comment="#",
)
""")

    infer = b.change("pandas.to_datetime(infer_datetime_format)", "pandas.to_datetime", "removal", "2.0.0 -> 3.0.0",
                     W200 + ": the infer_datetime_format argument of to_datetime and read_csv is deprecated, "
                            "a strict version of it is now the default")
    b.pair(infer, "df[\"ts\"] = pd.to_datetime(df[\"ts\"], infer_datetime_format=True)", "df[\"ts\"] = pd.to_datetime(df[\"ts\"])")
    b.pair(infer, "frame = pd.read_csv(path, parse_dates=[\"date\"], infer_datetime_format=True)",
           "frame = pd.read_csv(path, parse_dates=[\"date\"])")
    b.pair(infer, "return pd.to_datetime(self.raw, errors=\"coerce\", infer_datetime_format=True)",
           "return pd.to_datetime(self.raw, errors=\"coerce\")")

    sheet = b.change("pandas.read_excel(sheetname)", "pandas.read_excel(sheet_name)", "argument", "0.21.0 -> 1.0.0",
                     R100 + ": removed the previously deprecated sheetname keyword of read_excel, use sheet_name")
    b.rename(sheet, ("sheetname=", "sheet_name="),
             "df = pd.read_excel(path, sheetname=\"Data\")",
             "sheets = pd.read_excel(book, sheetname=None)",
             "return pd.read_excel(self.file, sheetname=0, header=1)")


def _fill_and_select(b: Book) -> None:
    fill = b.change("pandas.DataFrame.fillna(method)", "pandas.DataFrame.ffill", "restructure", "2.1.0 -> 3.0.0",
                    W210 + ": the method keyword in DataFrame.fillna and Series.fillna is deprecated, "
                           "use ffill or bfill instead")
    b.pair(fill, "df = df.fillna(method=\"ffill\")", "df = df.ffill()")
    b.pair(fill, "prices = prices.fillna(method=\"bfill\", limit=2)", "prices = prices.bfill(limit=2)")
    b.pair(fill, "return self.frame.fillna(method=\"pad\", axis=1)", "return self.frame.ffill(axis=1)")
    b.pair(fill, "df[\"level\"] = df[\"level\"].fillna(method=\"backfill\")", "df[\"level\"] = df[\"level\"].bfill()")
    b.pair(fill, "filled = [s.fillna(method=\"ffill\") for s in series_list]", "filled = [s.ffill() for s in series_list]")

    first = b.change("pandas.DataFrame.first", "pandas.DataFrame.loc", "restructure", "2.1.0 -> 3.0.0",
                     W210 + ": DataFrame.first and DataFrame.last are deprecated, create a mask and filter "
                            "using .loc instead")
    b.pair(first, "head = ts.first(\"3D\")", "head = ts.loc[ts.index < ts.index[0] + pd.Timedelta(\"3D\")]")
    b.pair(first, "return self.prices.first(\"10min\")",
           "return self.prices.loc[self.prices.index < self.prices.index[0] + pd.Timedelta(\"10min\")]")
    b.pair(first, "warmup = frame.first(\"2h\").mean()",
           "warmup = frame.loc[frame.index < frame.index[0] + pd.Timedelta(\"2h\")].mean()")
    last = b.change("pandas.DataFrame.last", "pandas.DataFrame.loc", "restructure", "2.1.0 -> 3.0.0",
                    W210 + ": DataFrame.first and DataFrame.last are deprecated, create a mask and filter "
                           "using .loc instead")
    b.pair(last, "tail = ts.last(\"3D\")", "tail = ts.loc[ts.index > ts.index[-1] - pd.Timedelta(\"3D\")]")
    b.pair(last, "recent = df.last(\"7D\")[\"value\"].sum()",
           "recent = df.loc[df.index > df.index[-1] - pd.Timedelta(\"7D\")][\"value\"].sum()")
    b.pair(last, "return self.log.last(\"30min\")",
           "return self.log.loc[self.log.index > self.log.index[-1] - pd.Timedelta(\"30min\")]")

    gaxis = b.change("pandas.DataFrame.groupby(axis=1)", "pandas.DataFrame.T.groupby", "restructure", "2.1.0 -> 3.0.0",
                     W210 + ": the axis keyword in DataFrame.groupby is deprecated, for axis=1 use frame.T.groupby(...)")
    b.pair(gaxis, "totals = df.groupby(mapping, axis=1).sum()", "totals = df.T.groupby(mapping).sum().T")
    b.pair(gaxis, "return self.wide.groupby(lambda c: c.split(\"_\")[0], axis=1).mean()",
           "return self.wide.T.groupby(lambda c: c.split(\"_\")[0]).mean().T")
    b.pair(gaxis, "agg = frame.groupby(level=0, axis=1).max()", "agg = frame.T.groupby(level=0).max().T")

    lookup = b.change("pandas.DataFrame.lookup", "pandas.DataFrame.to_numpy", "restructure", "1.2.0 -> 2.0.0",
                      "pandas 1.2.0 What's new, Deprecations: DataFrame.lookup is deprecated, use "
                      "DataFrame.melt and DataFrame.loc or positional NumPy indexing")
    b.pair(lookup, "vals = df.lookup(rows, cols)",
           "vals = df.to_numpy()[df.index.get_indexer(rows), df.columns.get_indexer(cols)]")
    b.pair(lookup, "df[\"picked\"] = df.lookup(df.index, df[\"choice\"])",
           "df[\"picked\"] = df.to_numpy()[df.index.get_indexer(df.index), df.columns.get_indexer(df[\"choice\"])]")
    b.pair(lookup, "return self.table.lookup(keys, fields)",
           "return self.table.to_numpy()[self.table.index.get_indexer(keys), self.table.columns.get_indexer(fields)]")

    mad = b.change("pandas.DataFrame.mad", "pandas.DataFrame.abs().mean()", "restructure", "1.5.0 -> 2.0.0",
                   W150 + ": DataFrame.mad and Series.mad are deprecated")
    b.pair(mad, "spread = df.mad()", "spread = (df - df.mean()).abs().mean()")
    b.pair(mad, "return self.errors.mad()", "return (self.errors - self.errors.mean()).abs().mean()")
    b.pair(mad, "stats[\"mad\"] = series.mad()", "stats[\"mad\"] = (series - series.mean()).abs().mean()")

    level = b.change("pandas.DataFrame.sum(level)", "pandas.DataFrame.groupby(level).sum", "restructure",
                     "1.3.0 -> 2.0.0",
                     W130 + ": the level keyword in DataFrame and Series aggregations is deprecated, "
                            "use groupby(level=...) instead")
    b.pair(level, "totals = df.sum(level=0)", "totals = df.groupby(level=0).sum()")
    b.pair(level, "return self.sales.mean(level=\"region\")", "return self.sales.groupby(level=\"region\").mean()")
    b.pair(level, "counts = s.count(level=1)", "counts = s.groupby(level=1).count()")


def _dtypes(b: Book) -> None:
    table = [
        ("is_categorical_dtype", "CategoricalDtype"),
        ("is_datetime64tz_dtype", "DatetimeTZDtype"),
        ("is_period_dtype", "PeriodDtype"),
        ("is_interval_dtype", "IntervalDtype"),
        ("is_sparse", "SparseDtype"),
    ]
    for func, dtype in table:
        change = b.change("pandas.api.types." + func, "pandas." + dtype, "restructure", "2.1.0 -> 3.0.0",
                          W210 + f": {func} is deprecated, use isinstance(dtype, pd.{dtype}) instead")
        b.pair(change, f"if pd.api.types.{func}(df[col]):\n    handle(col)",
               f"if isinstance(df[col].dtype, pd.{dtype}):\n    handle(col)")
        b.pair(change, f"flags = [pd.api.types.{func}(s) for s in columns]",
               f"flags = [isinstance(s.dtype, pd.{dtype}) for s in columns]")
        b.pair(change, f"return pd.api.types.{func}(self.series.dtype)",
               f"return isinstance(self.series.dtype, pd.{dtype})")

    idx = [
        ("is_integer", "is_integer_dtype"),
        ("is_floating", "is_float_dtype"),
        ("is_boolean", "is_bool_dtype"),
        ("is_numeric", "is_any_real_numeric_dtype"),
        ("is_object", "is_object_dtype"),
    ]
    for method, func in idx:
        change = b.change("pandas.Index." + method, "pandas.api.types." + func, "restructure", "2.0.0 -> 3.0.0",
                          W200 + f": Index.{method} is deprecated, use pandas.api.types.{func}")
        b.pair(change, f"if df.index.{method}():\n    df = df.sort_index()",
               f"if pd.api.types.{func}(df.index):\n    df = df.sort_index()")
        b.pair(change, f"ok = frame.columns.{method}()", f"ok = pd.api.types.{func}(frame.columns)")
        b.pair(change, f"return self.index.{method}()", f"return pd.api.types.{func}(self.index)")

    for name, dtype in (("Int64Index", "int64"), ("Float64Index", "float64"), ("UInt64Index", "uint64")):
        change = b.change("pandas." + name, "pandas.Index", "argument", "1.4.0 -> 2.0.0",
                          W140 + f": {name}, UInt64Index and Float64Index are deprecated in favor of the base "
                                 "Index class with the dtype")
        b.pair(change, f"idx = pd.{name}([1, 2, 3])", f"idx = pd.Index([1, 2, 3], dtype=\"{dtype}\")")
        b.pair(change, f"df.index = pd.{name}(range(len(df)))", f"df.index = pd.Index(range(len(df)), dtype=\"{dtype}\")")
        b.pair(change, f"return pd.{name}(self.values, name=\"key\")",
               f"return pd.Index(self.values, name=\"key\", dtype=\"{dtype}\")")


def _older(b: Book) -> None:
    ix = b.change("pandas.DataFrame.ix", "pandas.DataFrame.loc", "rename", "0.20.0 -> 1.0.0",
                  R100 + ": removed the previously deprecated .ix indexer, use .loc (labels) or .iloc (positions)")
    b.rename(ix, (".ix[", ".loc["),
             "row = df.ix[\"2020-01-01\"]",
             "df.ix[df[\"age\"] < 0, \"age\"] = np.nan",
             "return self.frame.ix[label, \"value\"]",
             "subset = frame.ix[:, [\"a\", \"b\"]]")

    gv = b.change("pandas.DataFrame.get_value", "pandas.DataFrame.at", "restructure", "0.21.0 -> 1.0.0",
                  R100 + ": removed the previously deprecated DataFrame.get_value and set_value, use .at or .iat")
    b.pair(gv, "v = df.get_value(idx, \"price\")", "v = df.at[idx, \"price\"]")
    b.pair(gv, "return self.table.get_value(row, col)", "return self.table.at[row, col]")
    b.pair(gv, "total += frame.get_value(i, \"qty\") * frame.get_value(i, \"price\")",
           "total += frame.at[i, \"qty\"] * frame.at[i, \"price\"]")
    sv = b.change("pandas.DataFrame.set_value", "pandas.DataFrame.at", "restructure", "0.21.0 -> 1.0.0",
                  R100 + ": removed the previously deprecated DataFrame.get_value and set_value, use .at or .iat")
    b.pair(sv, "df.set_value(idx, \"price\", 9.99)", "df.at[idx, \"price\"] = 9.99")
    b.pair(sv, "for i, v in updates:\n    frame.set_value(i, \"flag\", v)", "for i, v in updates:\n    frame.at[i, \"flag\"] = v")
    b.pair(sv, "self.state.set_value(key, \"count\", n + 1)", "self.state.at[key, \"count\"] = n + 1")

    matrix = b.change("pandas.DataFrame.as_matrix", "pandas.DataFrame.to_numpy", "rename", "0.23.0 -> 1.0.0",
                      R100 + ": removed the previously deprecated DataFrame.as_matrix, use to_numpy")
    b.rename(matrix, (".as_matrix(", ".to_numpy("),
             "X = df[features].as_matrix()",
             "return self.frame.as_matrix()",
             "arrays = [part.as_matrix() for part in parts]")

    sort = b.change("pandas.DataFrame.sort", "pandas.DataFrame.sort_values", "argument", "0.17.0 -> 0.20.0",
                    "pandas 0.20.0 What's new, Removal of prior version deprecations/changes: DataFrame.sort "
                    "and Series.order were removed in favor of sort_values")
    b.pair(sort, "df = df.sort(columns=\"date\")", "df = df.sort_values(by=\"date\")")
    b.pair(sort, "top = frame.sort(\"score\", ascending=False).head(10)", "top = frame.sort_values(\"score\", ascending=False).head(10)")
    b.pair(sort, "return self.data.sort(columns=[\"a\", \"b\"])", "return self.data.sort_values(by=[\"a\", \"b\"])")
    order = b.change("pandas.Series.order", "pandas.Series.sort_values", "rename", "0.17.0 -> 0.20.0",
                     "pandas 0.20.0 What's new, Removal of prior version deprecations/changes: DataFrame.sort "
                     "and Series.order were removed in favor of sort_values")
    b.rename(order, (".order(", ".sort_values("),
             "ranked = scores.order(ascending=False)",
             "return counts.order()[-5:]",
             "print(s.order().head())")

    sortlevel = b.change("pandas.DataFrame.sortlevel", "pandas.DataFrame.sort_index", "argument", "0.20.0 -> 1.0.0",
                         R100 + ": removed the previously deprecated DataFrame.sortlevel and Series.sortlevel, "
                                "use sort_index(level=...)")
    b.pair(sortlevel, "df = df.sortlevel(0)", "df = df.sort_index(level=0)")
    b.pair(sortlevel, "return self.panel.sortlevel(\"date\")", "return self.panel.sort_index(level=\"date\")")
    b.pair(sortlevel, "s = s.sortlevel(1, ascending=False)", "s = s.sort_index(level=1, ascending=False)")

    select = b.change("pandas.DataFrame.select", "pandas.DataFrame.loc", "restructure", "0.21.0 -> 1.0.0",
                      R100 + ": removed the previously deprecated DataFrame.select, use df.loc[df.index.map(crit)]")
    b.pair(select, "sub = df.select(lambda x: x.startswith(\"a\"))", "sub = df.loc[df.index.map(lambda x: x.startswith(\"a\"))]")
    b.pair(select, "return self.data.select(is_weekday)", "return self.data.loc[self.data.index.map(is_weekday)]")
    b.pair(select, "cols = frame.select(lambda c: c.endswith(\"_id\"), axis=1)",
           "cols = frame.loc[:, frame.columns.map(lambda c: c.endswith(\"_id\"))]")

    reindex_axis = b.change("pandas.DataFrame.reindex_axis", "pandas.DataFrame.reindex", "rename", "0.21.0 -> 1.0.0",
                            R100 + ": removed the previously deprecated DataFrame.reindex_axis and Series.reindex_axis, "
                                   "use reindex")
    b.rename(reindex_axis, (".reindex_axis(", ".reindex("),
             "df = df.reindex_axis(sorted(df.columns), axis=1)",
             "return self.frame.reindex_axis(order, axis=0)",
             "aligned = s.reindex_axis(other.index)")

    valid = b.change("pandas.Series.valid", "pandas.Series.dropna", "rename", "0.23.0 -> 1.0.0",
                     R100 + ": removed the previously deprecated Series.valid, use dropna")
    b.rename(valid, (".valid(", ".dropna("),
             "clean = s.valid()",
             "return self.readings.valid()",
             "n = len(df[\"x\"].valid())")

    dtypecounts = b.change("pandas.DataFrame.get_dtype_counts", "pandas.DataFrame.dtypes.value_counts", "rename",
                           "0.25.0 -> 1.0.0",
                           R100 + ": removed the previously deprecated DataFrame.get_dtype_counts, "
                                  "use df.dtypes.value_counts()")
    b.rename(dtypecounts, (".get_dtype_counts()", ".dtypes.value_counts()"),
             "print(df.get_dtype_counts())",
             "counts = frame.get_dtype_counts()",
             "return self.data.get_dtype_counts().to_dict()")

    nonzero = b.change("pandas.Series.nonzero", "pandas.Series.to_numpy().nonzero", "restructure", "0.24.0 -> 1.0.0",
                       R100 + ": removed the previously deprecated Series.nonzero, use s.to_numpy().nonzero()")
    b.rename(nonzero, (".nonzero()", ".to_numpy().nonzero()"),
             "idx = s.nonzero()[0]",
             "return self.mask.nonzero()",
             "positions = (df[\"flag\"] > 0).nonzero()[0]")

    from_csv = b.change("pandas.DataFrame.from_csv", "pandas.read_csv", "restructure", "0.21.0 -> 1.0.0",
                        R100 + ": removed the previously deprecated DataFrame.from_csv and Series.from_csv, "
                               "use pandas.read_csv")
    b.pair(from_csv, "df = pd.DataFrame.from_csv(path)", "df = pd.read_csv(path, index_col=0, parse_dates=True)")
    b.pair(from_csv, "return pd.DataFrame.from_csv(self.cache_file)", "return pd.read_csv(self.cache_file, index_col=0, parse_dates=True)")
    b.pair(from_csv, "frames = [pd.DataFrame.from_csv(f) for f in files]",
           "frames = [pd.read_csv(f, index_col=0, parse_dates=True) for f in files]")

    from_items = b.change("pandas.DataFrame.from_items", "pandas.DataFrame.from_dict", "restructure", "0.23.0 -> 1.0.0",
                          R100 + ": removed the previously deprecated DataFrame.from_items, use "
                                 "DataFrame.from_dict(dict(items))")
    b.pair(from_items, "df = pd.DataFrame.from_items(pairs)", "df = pd.DataFrame.from_dict(dict(pairs))")
    b.pair(from_items, "df = pd.DataFrame.from_items([(\"a\", [1, 2]), (\"b\", [3, 4])])",
           "df = pd.DataFrame.from_dict(dict([(\"a\", [1, 2]), (\"b\", [3, 4])]))")
    b.pair(from_items, "return pd.DataFrame.from_items(self.columns.items())",
           "return pd.DataFrame.from_dict(dict(self.columns.items()))")

    join_axes = b.change("pandas.concat(join_axes)", "pandas.DataFrame.reindex", "restructure", "0.25.0 -> 1.0.0",
                         R100 + ": removed the previously deprecated join_axes keyword of concat, use reindex "
                                "on the result")
    b.pair(join_axes, "out = pd.concat([a, b], axis=1, join_axes=[a.index])", "out = pd.concat([a, b], axis=1).reindex(a.index)")
    b.pair(join_axes, "return pd.concat(frames, axis=1, join_axes=[frames[0].index])",
           "return pd.concat(frames, axis=1).reindex(frames[0].index)")
    b.pair(join_axes, "wide = pd.concat([left, right], axis=1, join_axes=[index])", "wide = pd.concat([left, right], axis=1).reindex(index)")

    rolling = b.change("pandas.rolling_mean", "pandas.Series.rolling().mean", "restructure", "0.18.0 -> 0.23.0",
                       "pandas 0.23.0 What's new, Removal of prior version deprecations/changes: the top-level "
                       "pd.rolling_*, pd.expanding_* and pd.ewm* functions were removed, use the method chains")
    b.pair(rolling, "ma = pd.rolling_mean(prices, 20)", "ma = prices.rolling(20).mean()")
    b.pair(rolling, "df[\"ma\"] = pd.rolling_mean(df[\"close\"], window=5)", "df[\"ma\"] = df[\"close\"].rolling(window=5).mean()")
    b.pair(rolling, "return pd.rolling_mean(self.series, 7, min_periods=1)", "return self.series.rolling(7, min_periods=1).mean()")
    ewma = b.change("pandas.ewma", "pandas.Series.ewm().mean", "restructure", "0.18.0 -> 0.23.0",
                    "pandas 0.23.0 What's new, Removal of prior version deprecations/changes: the top-level "
                    "pd.rolling_*, pd.expanding_* and pd.ewm* functions were removed, use the method chains")
    b.pair(ewma, "smooth = pd.ewma(signal, span=10)", "smooth = signal.ewm(span=10).mean()")
    b.pair(ewma, "df[\"ema\"] = pd.ewma(df[\"close\"], com=0.5)", "df[\"ema\"] = df[\"close\"].ewm(com=0.5).mean()")
    b.pair(ewma, "return pd.ewma(self.values, halflife=3)", "return self.values.ewm(halflife=3).mean()")

    pdt = b.change("pandas.datetime", "datetime.datetime", "restructure", "1.0.0 -> 2.0.0",
                   "pandas 1.0.0 What's new, Deprecations: the pandas.datetime class is deprecated, import from "
                   "datetime instead")
    b.pair(pdt, "start = pd.datetime(2020, 1, 1)", "import datetime\nstart = datetime.datetime(2020, 1, 1)")
    b.pair(pdt, "import datetime\nnow = pd.datetime.now()", "import datetime\nnow = datetime.datetime.now()")
    b.pair(pdt, "import datetime\nimport pandas as pd\ncutoff = pd.datetime(year, 12, 31)",
           "import datetime\nimport pandas as pd\ncutoff = datetime.datetime(year, 12, 31)")
    pnp = b.change("pandas.np", "numpy", "restructure", "1.0.0 -> 2.0.0",
                   "pandas 1.0.0 What's new, Deprecations: the pandas.np submodule is deprecated, import numpy directly")
    b.pair(pnp, "import numpy as np\ndf[\"x\"] = pd.np.nan", "import numpy as np\ndf[\"x\"] = np.nan")
    b.pair(pnp, "arr = pd.np.zeros(10)", "import numpy as np\narr = np.zeros(10)")
    b.pair(pnp, "import numpy as np\nreturn pd.np.where(mask, a, b)", "import numpy as np\nreturn np.where(mask, a, b)", kind="")

    testing = b.change("pandas.util.testing", "pandas.testing", "rename", "1.0.0 -> 2.0.0",
                       "pandas 1.0.0 What's new, Deprecations: the pandas.util.testing module is deprecated, "
                       "use pandas.testing")
    b.rename(testing, ("pd.util.testing", "pd.testing"),
             "pd.util.testing.assert_frame_equal(result, expected)",
             "pd.util.testing.assert_series_equal(s1, s2, check_names=False)",
             "assert_index = pd.util.testing.assert_index_equal")

    json_norm = b.change("pandas.io.json.json_normalize", "pandas.json_normalize", "rename", "1.0.0 -> 2.0.0",
                         "pandas 1.0.0 What's new, Deprecations: pandas.io.json.json_normalize is deprecated, "
                         "use pandas.json_normalize")
    b.rename(json_norm, ("pd.io.json.json_normalize", "pd.json_normalize"),
             "flat = pd.io.json.json_normalize(records)",
             "df = pd.io.json.json_normalize(data, record_path=\"items\", meta=[\"id\"])",
             "return pd.io.json.json_normalize(self.payload[\"results\"])")

    aggdict = b.change("pandas.SeriesGroupBy.agg(dict)", "pandas.SeriesGroupBy.agg(named)", "restructure",
                       "0.20.0 -> 1.0.0",
                       R100 + ": removed support for nested renaming in DataFrame.aggregate, Series.aggregate, "
                              "DataFrameGroupBy.aggregate and SeriesGroupBy.aggregate; use named aggregation")
    b.pair(aggdict, "out = df.groupby(\"k\")[\"v\"].agg({\"total\": \"sum\"})", "out = df.groupby(\"k\")[\"v\"].agg(total=\"sum\")")
    b.pair(aggdict, "stats = sales.groupby(\"region\")[\"amount\"].agg({\"n\": \"count\", \"avg\": \"mean\"})",
           "stats = sales.groupby(\"region\")[\"amount\"].agg(n=\"count\", avg=\"mean\")")
    b.pair(aggdict, "return self.df.groupby(key)[\"x\"].agg({\"lo\": \"min\", \"hi\": \"max\"})",
           "return self.df.groupby(key)[\"x\"].agg(lo=\"min\", hi=\"max\")")

    tools = b.change("pandas.tools.plotting.scatter_matrix", "pandas.plotting.scatter_matrix", "rename",
                     "0.20.0 -> 0.25.0",
                     "pandas 0.20.0 What's new, Deprecations: pandas.tools.plotting is deprecated, "
                     "import from pandas.plotting")
    b.rename(tools, ("pandas.tools.plotting", "pandas.plotting"),
             "from pandas.tools.plotting import scatter_matrix\nscatter_matrix(df, figsize=(8, 8))",
             "from pandas.tools.plotting import autocorrelation_plot\nautocorrelation_plot(series)",
             "import pandas.tools.plotting as pdplot\npdplot.parallel_coordinates(df, \"label\")")

    vc = b.change("pandas.value_counts", "pandas.Series.value_counts", "restructure", "2.1.0 -> 3.0.0",
                  W210 + ": pandas.value_counts is deprecated, use pd.Series(obj).value_counts()")
    b.pair(vc, "counts = pd.value_counts(labels)", "counts = pd.Series(labels).value_counts()")
    b.pair(vc, "return pd.value_counts(self.tokens, normalize=True)", "return pd.Series(self.tokens).value_counts(normalize=True)")
    b.pair(vc, "top = pd.value_counts(arr).head(3)", "top = pd.Series(arr).value_counts().head(3)")


def _styler_and_io(b: Book) -> None:
    hide = b.change("pandas.io.formats.style.Styler.hide_index", "pandas.io.formats.style.Styler.hide", "argument",
                    "1.4.0 -> 2.0.0", W140 + ": Styler.hide_index and Styler.hide_columns are deprecated, "
                                             "use Styler.hide(axis=...)")
    b.pair(hide, "html = df.style.hide_index().to_html()", "html = df.style.hide(axis=\"index\").to_html()")
    b.pair(hide, "styler = styler.hide_index()", "styler = styler.hide(axis=\"index\")")
    b.pair(hide, "return self.frame.style.format(precision=2).hide_index()",
           "return self.frame.style.format(precision=2).hide(axis=\"index\")")
    hidec = b.change("pandas.io.formats.style.Styler.hide_columns", "pandas.io.formats.style.Styler.hide", "argument",
                     "1.4.0 -> 2.0.0", W140 + ": Styler.hide_index and Styler.hide_columns are deprecated, "
                                              "use Styler.hide(axis=...)")
    b.pair(hidec, "styled = df.style.hide_columns([\"id\"])", "styled = df.style.hide([\"id\"], axis=\"columns\")")
    b.pair(hidec, "styler = styler.hide_columns(subset=private_cols)", "styler = styler.hide(subset=private_cols, axis=\"columns\")")
    b.pair(hidec, "return table.style.hide_columns()", "return table.style.hide(axis=\"columns\")")
    prec = b.change("pandas.io.formats.style.Styler.set_precision", "pandas.io.formats.style.Styler.format",
                    "restructure", "1.3.0 -> 2.0.0",
                    W130 + ": Styler.set_precision is deprecated in favour of Styler.format(precision=...)")
    b.pair(prec, "styled = df.style.set_precision(2)", "styled = df.style.format(precision=2)")
    b.pair(prec, "return self.frame.style.set_precision(self.digits)", "return self.frame.style.format(precision=self.digits)")
    b.pair(prec, "html = report.style.set_precision(3).to_html()", "html = report.style.format(precision=3).to_html()")
    render = b.change("pandas.io.formats.style.Styler.render", "pandas.io.formats.style.Styler.to_html", "rename",
                      "1.4.0 -> 2.0.0", W140 + ": Styler.render is deprecated in favour of Styler.to_html")
    b.rename(render, (".render()", ".to_html()"),
             "html = df.style.render()",
             "return self.styler.render()",
             "fh.write(report.style.highlight_max().render())")

    save = b.change("pandas.ExcelWriter.save", "pandas.ExcelWriter.close", "rename", "1.5.0 -> 2.0.0",
                    W150 + ": ExcelWriter.save is deprecated, use ExcelWriter.close")
    b.pair(save, """
writer = pd.ExcelWriter("out.xlsx")
df.to_excel(writer, sheet_name="data")
writer.save()
""", """
writer = pd.ExcelWriter("out.xlsx")
df.to_excel(writer, sheet_name="data")
writer.close()
""")
    b.pair(save, """
for name, frame in frames.items():
    frame.to_excel(xls_writer, sheet_name=name)
xls_writer.save()
""", """
for name, frame in frames.items():
    frame.to_excel(xls_writer, sheet_name=name)
xls_writer.close()
""")
    b.pair(save, "self.writer.save()", "self.writer.close()")

    lt = b.change("pandas.DataFrame.to_csv(line_terminator)", "pandas.DataFrame.to_csv(lineterminator)", "argument",
                  "1.5.0 -> 2.0.0", W150 + ": the line_terminator argument of to_csv is deprecated, use lineterminator")
    b.rename(lt, ("line_terminator=", "lineterminator="),
             "df.to_csv(path, index=False, line_terminator=\"\\n\")",
             "text = frame.to_csv(line_terminator=\"\\r\\n\")",
             """
self.data.to_csv(
    buffer,
    sep="\\t",
    line_terminator="\\n",
)
""")

    orient = b.change("pandas.DataFrame.to_dict(orient abbreviation)", "pandas.DataFrame.to_dict(orient)",
                      "argument", "1.1.0 -> 2.0.0",
                      "pandas 1.1.0 What's new, Deprecations: using short names for the orient argument of "
                      "DataFrame.to_dict is deprecated, use the full name")
    b.pair(orient, "rows = df.to_dict(\"r\")", "rows = df.to_dict(\"records\")")
    b.pair(orient, "return self.frame.to_dict(orient=\"l\")", "return self.frame.to_dict(orient=\"list\")")
    b.pair(orient, "payload = {\"data\": table.to_dict(orient=\"sp\")}", "payload = {\"data\": table.to_dict(orient=\"split\")}")
    b.pair(orient, "by_id = df.set_index(\"id\").to_dict(\"i\")", "by_id = df.set_index(\"id\").to_dict(\"index\")")

    between = b.change("pandas.Series.between(inclusive=bool)", "pandas.Series.between(inclusive=str)", "argument",
                       "1.3.0 -> 2.0.0",
                       W130 + ": boolean values for the inclusive argument of Series.between are deprecated, "
                              "use \"both\" or \"neither\"")
    b.pair(between, "mask = s.between(lo, hi, inclusive=True)", "mask = s.between(lo, hi, inclusive=\"both\")")
    b.pair(between, "inside = df[\"age\"].between(18, 65, inclusive=False)", "inside = df[\"age\"].between(18, 65, inclusive=\"neither\")")
    b.pair(between, "return self.values.between(self.low, self.high, inclusive=True).all()",
           "return self.values.between(self.low, self.high, inclusive=\"both\").all()")

    closed = b.change("pandas.date_range(closed)", "pandas.date_range(inclusive)", "argument", "1.4.0 -> 2.0.0",
                      W140 + ": the closed argument of date_range and bdate_range is deprecated in favour of inclusive")
    b.pair(closed, "days = pd.date_range(start, end, closed=\"left\")", "days = pd.date_range(start, end, inclusive=\"left\")")
    b.pair(closed, "idx = pd.date_range(\"2021-01-01\", periods=10, freq=\"D\", closed=\"right\")",
           "idx = pd.date_range(\"2021-01-01\", periods=10, freq=\"D\", inclusive=\"right\")")
    b.pair(closed, "return pd.bdate_range(self.start, self.end, closed=None)",
           "return pd.bdate_range(self.start, self.end, inclusive=\"both\")")

    loffset = b.change("pandas.DataFrame.resample(loffset)", "pandas.DataFrame.index", "restructure", "1.1.0 -> 2.0.0",
                       "pandas 1.1.0 What's new, Deprecations: the loffset argument of resample is deprecated, "
                       "add the offset to the index of the result")
    b.pair(loffset, "hourly = df.resample(\"1h\", loffset=\"30min\").mean()",
           "hourly = df.resample(\"1h\").mean()\nhourly.index = hourly.index + pd.Timedelta(\"30min\")")
    b.pair(loffset, "daily = prices.resample(\"D\", loffset=\"12h\").last()",
           "daily = prices.resample(\"D\").last()\ndaily.index = daily.index + pd.Timedelta(\"12h\")")
    b.pair(loffset, """
def bucket(frame):
    out = frame.resample("15min", loffset="5min").sum()
    return out
""", """
def bucket(frame):
    out = frame.resample("15min").sum()
    out.index = out.index + pd.Timedelta("5min")
    return out
""")
    base = b.change("pandas.DataFrame.resample(base)", "pandas.DataFrame.resample(offset)", "argument",
                    "1.1.0 -> 2.0.0",
                    "pandas 1.1.0 What's new, Deprecations: the base argument of resample and Grouper is deprecated, "
                    "use offset or origin")
    b.pair(base, "r = df.resample(\"17min\", base=2).sum()", "r = df.resample(\"17min\", offset=\"2min\").sum()")
    b.pair(base, "return self.ts.resample(\"5min\", base=3).mean()", "return self.ts.resample(\"5min\", offset=\"3min\").mean()")
    b.pair(base, "grouper = pd.Grouper(freq=\"10min\", base=5)", "grouper = pd.Grouper(freq=\"10min\", offset=\"5min\")")

    raw = b.change("pandas.core.window.Rolling.apply(raw)", "pandas.core.window.Rolling.apply(raw=True)", "argument",
                   "0.23.0 -> 1.0.0",
                   "pandas 1.0.0 What's new, Backwards incompatible API changes: the default of raw in "
                   "Rolling.apply changed from True to False; pass raw=True to keep receiving ndarrays")
    b.pair(raw, "med = s.rolling(5).apply(np.median)", "med = s.rolling(5).apply(np.median, raw=True)")
    b.pair(raw, "df[\"slope\"] = df[\"y\"].rolling(10).apply(lambda w: np.polyfit(xs, w, 1)[0])",
           "df[\"slope\"] = df[\"y\"].rolling(10).apply(lambda w: np.polyfit(xs, w, 1)[0], raw=True)")
    b.pair(raw, "return self.series.expanding().apply(peak_to_peak)", "return self.series.expanding().apply(peak_to_peak, raw=True)")


def _offsets(b: Book) -> None:
    freq = ("pandas 2.2.0 What's new, Deprecate aliases M, Q, Y, etc. in favour of ME, QE, YE, etc. for offsets; "
            "Deprecated strings H, T, S, L, U, and N denoting units in Timedelta and offsets")
    hourly = b.change("pandas offset alias H", "pandas offset alias h", "argument", "2.2.0 -> 3.0.0", freq)
    b.pair(hourly, "idx = pd.date_range(start, periods=24, freq=\"H\")", "idx = pd.date_range(start, periods=24, freq=\"h\")")
    b.pair(hourly, "hourly = df.resample(\"H\").mean()", "hourly = df.resample(\"h\").mean()")
    b.pair(hourly, "return self.ts.resample(\"6H\").sum()", "return self.ts.resample(\"6h\").sum()")
    minute = b.change("pandas offset alias T", "pandas offset alias min", "argument", "2.2.0 -> 3.0.0", freq)
    b.pair(minute, "bars = ticks.resample(\"5T\").ohlc()", "bars = ticks.resample(\"5min\").ohlc()")
    b.pair(minute, "idx = pd.date_range(t0, periods=60, freq=\"T\")", "idx = pd.date_range(t0, periods=60, freq=\"min\")")
    b.pair(minute, "return self.data.resample(\"15T\", on=\"ts\").count()", "return self.data.resample(\"15min\", on=\"ts\").count()")
    month = b.change("pandas offset alias M", "pandas offset alias ME", "argument", "2.2.0 -> 3.0.0", freq)
    b.pair(month, "monthly = sales.resample(\"M\").sum()", "monthly = sales.resample(\"ME\").sum()")
    b.pair(month, "ends = pd.date_range(\"2020-01-31\", periods=12, freq=\"M\")",
           "ends = pd.date_range(\"2020-01-31\", periods=12, freq=\"ME\")")
    b.pair(month, "return self.df.groupby(pd.Grouper(key=\"date\", freq=\"M\"))[\"qty\"].sum()",
           "return self.df.groupby(pd.Grouper(key=\"date\", freq=\"ME\"))[\"qty\"].sum()")
    year = b.change("pandas offset alias A", "pandas offset alias YE", "argument", "2.2.0 -> 3.0.0", freq)
    b.pair(year, "annual = revenue.resample(\"A\").sum()", "annual = revenue.resample(\"YE\").sum()")
    b.pair(year, "years = pd.date_range(\"2000\", periods=5, freq=\"Y\")", "years = pd.date_range(\"2000\", periods=5, freq=\"YE\")")
    b.pair(year, "return self.frame.resample(\"A-JUN\").mean()", "return self.frame.resample(\"YE-JUN\").mean()")
    quarter = b.change("pandas offset alias Q", "pandas offset alias QE", "argument", "2.2.0 -> 3.0.0", freq)
    b.pair(quarter, "quarterly = df.resample(\"Q\").last()", "quarterly = df.resample(\"QE\").last()")
    b.pair(quarter, "qs = pd.date_range(start, end, freq=\"Q\")", "qs = pd.date_range(start, end, freq=\"QE\")")
    b.pair(quarter, "return self.series.resample(\"Q-MAR\").sum()", "return self.series.resample(\"QE-MAR\").sum()")
    second = b.change("pandas offset alias S", "pandas offset alias s", "argument", "2.2.0 -> 3.0.0", freq)
    b.pair(second, "per_sec = events.resample(\"S\").count()", "per_sec = events.resample(\"s\").count()")
    b.pair(second, "idx = pd.date_range(t0, periods=100, freq=\"10S\")", "idx = pd.date_range(t0, periods=100, freq=\"10s\")")
    b.pair(second, "return self.signal.resample(\"30S\").mean()", "return self.signal.resample(\"30s\").mean()")


def _multi(b: Book) -> None:
    append = b.change("pandas.DataFrame.append", "pandas.concat", "restructure", "1.4.0 -> 2.0.0",
                      W140 + ": DataFrame.append and Series.append are deprecated, use pandas.concat")
    items = b.change("pandas.DataFrame.iteritems", "pandas.DataFrame.items", "rename", "1.5.0 -> 2.0.0",
                     W150 + ": Series.iteritems and DataFrame.iteritems are deprecated, use .items instead")
    fill = b.change("pandas.DataFrame.fillna(method)", "pandas.DataFrame.ffill", "restructure", "2.1.0 -> 3.0.0",
                    W210 + ": the method keyword in DataFrame.fillna and Series.fillna is deprecated")
    applymap = b.change("pandas.DataFrame.applymap", "pandas.DataFrame.map", "rename", "2.1.0 -> 3.0.0",
                        W210 + ": DataFrame.applymap has been deprecated, use DataFrame.map")
    bad = b.change("pandas.read_csv(error_bad_lines)", "pandas.read_csv(on_bad_lines)", "argument", "1.3.0 -> 2.0.0",
                   W130 + ": error_bad_lines and warn_bad_lines in read_csv are deprecated in favor of on_bad_lines")
    infer = b.change("pandas.to_datetime(infer_datetime_format)", "pandas.to_datetime", "removal", "2.0.0 -> 3.0.0",
                     W200 + ": the infer_datetime_format argument is deprecated")
    ix = b.change("pandas.DataFrame.ix", "pandas.DataFrame.loc", "rename", "0.20.0 -> 1.0.0",
                  R100 + ": removed the previously deprecated .ix indexer")
    matrix = b.change("pandas.DataFrame.as_matrix", "pandas.DataFrame.to_numpy", "rename", "0.23.0 -> 1.0.0",
                      R100 + ": removed the previously deprecated DataFrame.as_matrix")
    hourly = b.change("pandas offset alias H", "pandas offset alias h", "argument", "2.2.0 -> 3.0.0",
                      "pandas 2.2.0 What's new, Deprecated strings H, T, S, L, U, and N denoting units")
    b.multi([append, fill], "df = df.append(extra).fillna(method=\"ffill\")",
            "df = pd.concat([df, extra]).ffill()")
    b.multi([items, applymap], """
for name, col in df.iteritems():
    out[name] = col.to_frame().applymap(str)
""", """
for name, col in df.items():
    out[name] = col.to_frame().map(str)
""")
    b.multi([bad, infer], """
df = pd.read_csv(
    path,
    parse_dates=["ts"],
    infer_datetime_format=True,
    error_bad_lines=False,
)
""", """
df = pd.read_csv(
    path,
    parse_dates=["ts"],
    on_bad_lines="skip",
)
""")
    b.multi([ix, matrix], "X = df.ix[:, features].as_matrix()", "X = df.loc[:, features].to_numpy()")
    b.multi([hourly, fill], "hourly = df.resample(\"H\").mean().fillna(method=\"ffill\")",
            "hourly = df.resample(\"h\").mean().ffill()")
    b.multi([append, items], """
rows = pd.DataFrame()
for key, values in table.iteritems():
    rows = rows.append(values.describe())
""", """
rows = pd.DataFrame()
for key, values in table.items():
    rows = pd.concat([rows, values.describe()])
""")


def _negatives(b: Book) -> None:
    b.negative("pandas.concat", "1.4.0 -> 2.0.0", W140 + " (pd.concat is the replacement; list.append is unrelated)",
               "df = pd.concat([df, new_rows], ignore_index=True)",
               "rows.append(row)",
               "self.history.append({\"step\": step, \"loss\": loss})",
               "results = []\nfor f in files:\n    results.append(pd.read_csv(f))\ndf = pd.concat(results)",
               "frames.append(df.copy())",
               "np.append(arr, [1, 2, 3])")
    b.negative("pandas.DataFrame.items", "1.5.0 -> 2.0.0", W150 + " (items() stays; dict.items is unrelated)",
               "for name, col in df.items():\n    print(name)",
               "for key, value in config.items():\n    setattr(self, key, value)",
               "import collections\nod = collections.OrderedDict(a=1)\npairs = list(od.items())",
               "counts = {k: len(v) for k, v in groups.items()}")
    b.negative("pandas.DataFrame.map", "2.1.0 -> 3.0.0", W210 + " (Series.map and builtin map stay)",
               "labels = df[\"code\"].map(code_to_name)",
               "lengths = list(map(len, words))",
               "clean = df.map(str.strip)",
               "s = s.apply(lambda v: v * 2)")
    b.negative("pandas.DataFrame.ffill", "2.1.0 -> 3.0.0", W210 + " (fillna with a value stays)",
               "df = df.fillna(0)",
               "df[\"x\"] = df[\"x\"].fillna(df[\"x\"].mean())",
               "prices = prices.ffill(limit=2)",
               "frame = frame.fillna(value={\"a\": 0, \"b\": \"\"})")
    b.negative("pandas.read_csv", "1.3.0 -> 3.0.0", W130 + " (current read_csv arguments stay)",
               "df = pd.read_csv(path, on_bad_lines=\"skip\")",
               "df = pd.read_csv(path, sep=r\"\\s+\", header=None)",
               "df = pd.read_csv(path, parse_dates=[\"day\"], date_format=\"%Y-%m-%d\")",
               "s = pd.read_csv(path).squeeze(\"columns\")")
    b.negative("list.sort", "0.17.0 -> 0.20.0", "pandas 0.20.0 What's new, Removal of prior version deprecations/changes "
                                                "(only DataFrame.sort was removed; list.sort and sorted stay)",
               "names.sort()",
               "lst.sort(key=lambda r: r[1], reverse=True)",
               "df = df.sort_values(by=\"date\")",
               "ordered = sorted(items, key=len)")
    b.negative("pandas.DataFrame.loc", "0.20.0 -> 1.0.0", R100 + " (.loc, .iloc, .at and .to_numpy are the replacements)",
               "row = df.loc[\"2020-01-01\"]",
               "v = df.at[idx, \"price\"]",
               "X = df[features].to_numpy()",
               "first = df.iloc[0]")
    b.negative("pandas.DataFrame.values", "0.23.0 -> 1.0.0",
               "pandas 0.24.0 What's new, Accessing the values in a Series or Index: .values is not deprecated, "
               "to_numpy is recommended",
               "X = df[features].values",
               "arr = series.values.reshape(-1, 1)")
    b.negative("pandas.Index.is_monotonic_increasing", "1.5.0 -> 2.0.0", W150 + " (the explicit names stay)",
               "assert df.index.is_monotonic_increasing",
               "ok = s.is_monotonic_decreasing")
    b.negative("pandas.period_range(freq=M)", "2.2.0 -> 3.0.0",
               "pandas 2.2.0 What's new, Deprecate aliases M, Q, Y, etc. in favour of ME, QE, YE, etc. for offsets "
               "(periods keep M, Q and Y)",
               "periods = pd.period_range(\"2020-01\", periods=12, freq=\"M\")",
               "df[\"month\"] = df[\"date\"].dt.to_period(\"M\")",
               "q = pd.Period(\"2021Q1\", freq=\"Q\")")
    b.negative("pandas.DataFrame.pipe", "2.1.0 -> 3.0.0", W210 + " (pipe, agg and transform are unaffected)",
               "out = df.pipe(clean).pipe(add_features, window=3)",
               "summary = df.groupby(\"k\").agg(total=(\"v\", \"sum\"))",
               "z = df.transform(lambda c: (c - c.mean()) / c.std())")
    b.negative("pandas.DataFrame.first_valid_index", "2.1.0 -> 3.0.0",
               W210 + " (first/last with an offset are deprecated; groupby first/last and head/tail stay)",
               "start = df.first_valid_index()",
               "firsts = df.groupby(\"user\").first()",
               "head = df.head(3)",
               "lasts = df.groupby(\"k\")[\"v\"].last()")


def _more_contexts(b: Book) -> None:
    """Multi-line calls and block bodies, appended last so earlier ids stay stable."""
    fill = b.change("pandas.DataFrame.fillna(method)", "pandas.DataFrame.ffill", "restructure", "2.1.0 -> 3.0.0",
                    W210 + ": the method keyword in DataFrame.fillna and Series.fillna is deprecated, "
                           "use ffill or bfill instead")
    b.pair(fill, """
panel = (
    raw.set_index("ts")
    .sort_index()
    .fillna(method="ffill")
)
""", """
panel = (
    raw.set_index("ts")
    .sort_index()
    .ffill()
)
""")
    cat = b.change("pandas.api.types.is_categorical_dtype", "pandas.CategoricalDtype", "restructure", "2.1.0 -> 3.0.0",
                   W210 + ": is_categorical_dtype is deprecated, use isinstance(dtype, pd.CategoricalDtype) instead")
    b.pair(cat, """
categorical = [
    name
    for name in df.columns
    if pd.api.types.is_categorical_dtype(df[name])
]
""", """
categorical = [
    name
    for name in df.columns
    if isinstance(df[name].dtype, pd.CategoricalDtype)
]
""")
    items = b.change("pandas.DataFrame.iteritems", "pandas.DataFrame.items", "rename", "1.5.0 -> 2.0.0",
                     W150 + ": Series.iteritems and DataFrame.iteritems are deprecated, use .items instead")
    b.rename(items, (".iteritems(", ".items("), """
def column_types(self):
    return {
        name: str(col.dtype)
        for name, col in self.frame.iteritems()
    }
""")
    squeeze = b.change("pandas.read_csv(squeeze)", "pandas.DataFrame.squeeze", "restructure", "1.4.0 -> 2.0.0",
                       W140 + ": the squeeze argument of read_csv, read_table and read_excel is deprecated, "
                              "append .squeeze(\"columns\") to the call")
    b.pair(squeeze, """
labels = pd.read_csv(
    labels_path,
    usecols=["label"],
    squeeze=True,
)
""", """
labels = pd.read_csv(
    labels_path,
    usecols=["label"],
).squeeze("columns")
""")
    b.negative("pandas.util.testing.makeDataFrame", "1.5.0 -> 2.0.0",
               "pandas 2.0.0 What's new, Removal of prior version deprecations: pandas.util.testing is gone and only "
               "its assert functions live on in pandas.testing; makeDataFrame and the other helpers have no public "
               "replacement",
               "df = pd.util.testing.makeDataFrame()")
    kept = ("pandas 1.5.3, checked: pandas.testing exports only assert_frame_equal, assert_series_equal, "
            "assert_index_equal and assert_extension_array_equal; the other assert helpers of pandas.util.testing "
            "(assert_almost_equal, assert_numpy_array_equal, ...) have no public replacement, so a rename to "
            "pandas.testing raises AttributeError")
    b.negative("pandas.util.testing.assert_almost_equal", "1.5.0 -> 2.0.0", kept,
               "pd.util.testing.assert_almost_equal(result, expected)")
    b.negative("pandas.util.testing.assert_numpy_array_equal", "1.5.0 -> 2.0.0", kept,
               "pd.util.testing.assert_numpy_array_equal(left.values, right.values)")


def _positional_ix(b: Book) -> None:
    """Column positions through .ix: .iloc, not .loc, keeps them (.loc raises on string column labels)."""
    ix = b.change("pandas.DataFrame.ix", "pandas.DataFrame.iloc", "rename", "0.20.0 -> 1.0.0",
                  "pandas 0.20.0 What's new, Deprecate .ix: use .loc for label based indexing and .iloc for "
                  "positional indexing; .ix takes integers on a non-integer axis, such as string column labels, "
                  "as positions")
    b.rename(ix, (".ix[", ".iloc["), "X = df.ix[:, 0:4].values")


def _time_grouper(b: Book) -> None:
    """TimeGrouper's first parameter is freq, Grouper's is key: a positional frequency becomes freq=."""
    grouper = b.change("pandas.TimeGrouper", "pandas.Grouper", "restructure", "0.21.0 -> 1.0.0",
                       R100 + ": removed the previously deprecated TimeGrouper, use pandas.Grouper(freq=...)")
    b.pair(grouper, 'monthly = df.groupby(pd.TimeGrouper(freq="M")).sum()',
           'monthly = df.groupby(pd.Grouper(freq="M")).sum()')
    b.pair(grouper, 'weekly = sales.groupby([pd.TimeGrouper(freq="W", closed="left"), "store"]).size()',
           'weekly = sales.groupby([pd.Grouper(freq="W", closed="left"), "store"]).size()')
    b.pair(grouper, 'by_hour = events.groupby(pd.TimeGrouper("H"))',
           'by_hour = events.groupby(pd.Grouper(freq="H"))')
