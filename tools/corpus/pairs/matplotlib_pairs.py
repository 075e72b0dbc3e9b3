"""Matplotlib: colormap registry, layout engines, renamed keywords and removed helpers."""
from common import Book

A37 = "Matplotlib 3.7.0 API changes, Deprecations"
A36 = "Matplotlib 3.6.0 API changes, Deprecations"
A34 = "Matplotlib 3.4.0 API changes, Deprecations"
A33 = "Matplotlib 3.3.0 API changes, Deprecations"
A39 = "Matplotlib 3.9.0 API changes, Deprecations"


def build() -> Book:
    b = Book("matplotlib")
    _colormaps(b)
    _layout(b)
    _keywords(b)
    _removed(b)
    _multi(b)
    _negatives(b)
    _more_contexts(b)
    return b


def _colormaps(b: Book) -> None:
    get = b.change("matplotlib.cm.get_cmap", "matplotlib.colormaps", "restructure", "3.7.0 -> 3.9.0",
                   A37 + ": matplotlib.cm.get_cmap is deprecated, use matplotlib.colormaps[name] "
                         "(or matplotlib.colormaps[name].resampled(lut))")
    b.pair(get, "import matplotlib as mpl\ncmap = mpl.cm.get_cmap(\"viridis\")", "import matplotlib as mpl\ncmap = mpl.colormaps.get_cmap(\"viridis\")")
    b.pair(get, "import matplotlib\nimport matplotlib.cm as cm\ncolors = cm.get_cmap(\"tab10\", 5)",
           "import matplotlib\nimport matplotlib.cm as cm\ncolors = matplotlib.colormaps.get_cmap(\"tab10\").resampled(5)")
    b.pair(get, "import matplotlib as mpl\nreturn mpl.cm.get_cmap(self.cmap_name)(values)",
           "import matplotlib as mpl\nreturn mpl.colormaps.get_cmap(self.cmap_name)(values)")
    b.pair(get, """
import matplotlib as mpl
import matplotlib.pyplot as plt
for i, name in enumerate(names):
    plt.plot(xs, ys[i], color=plt.cm.get_cmap("plasma")(i / len(names)))
""", """
import matplotlib as mpl
import matplotlib.pyplot as plt
for i, name in enumerate(names):
    plt.plot(xs, ys[i], color=mpl.colormaps.get_cmap("plasma")(i / len(names)))
""")
    reg = b.change("matplotlib.cm.register_cmap", "matplotlib.colormaps.register", "restructure", "3.7.0 -> 3.9.0",
                   A37 + ": matplotlib.cm.register_cmap is deprecated, use matplotlib.colormaps.register")
    b.pair(reg, "import matplotlib as mpl\nmpl.cm.register_cmap(name=\"mine\", cmap=my_cmap)",
           "import matplotlib as mpl\nmpl.colormaps.register(my_cmap, name=\"mine\")")
    b.pair(reg, "import matplotlib\nfrom matplotlib import cm\ncm.register_cmap(cmap=cmap)",
           "import matplotlib\nfrom matplotlib import cm\nmatplotlib.colormaps.register(cmap)")
    b.pair(reg, "import matplotlib as mpl\nimport matplotlib.pyplot as plt\nplt.register_cmap(name=\"div\", cmap=div_cmap)",
           "import matplotlib as mpl\nimport matplotlib.pyplot as plt\nmpl.colormaps.register(div_cmap, name=\"div\")")
    style = b.change("matplotlib.style seaborn", "matplotlib.style seaborn-v0_8", "argument", "3.6.0 -> 3.8.0",
                     A36 + ": the seaborn styles shipped by Matplotlib are deprecated and renamed to "
                           "seaborn-v0_8-<style>")
    b.pair(style, "plt.style.use(\"seaborn\")", "plt.style.use(\"seaborn-v0_8\")")
    b.pair(style, "plt.style.use(\"seaborn-whitegrid\")", "plt.style.use(\"seaborn-v0_8-whitegrid\")")
    b.pair(style, "with plt.style.context(\"seaborn-darkgrid\"):\n    plot_all(ax)",
           "with plt.style.context(\"seaborn-v0_8-darkgrid\"):\n    plot_all(ax)")
    b.pair(style, "matplotlib.style.use([\"seaborn-paper\", \"seaborn-ticks\"])",
           "matplotlib.style.use([\"seaborn-v0_8-paper\", \"seaborn-v0_8-ticks\"])")


def _layout(b: Book) -> None:
    tight = b.change("matplotlib.figure.Figure.set_tight_layout", "matplotlib.figure.Figure.set_layout_engine",
                     "argument", "3.6.0 -> 3.8.0",
                     A36 + ": Figure.set_tight_layout and set_constrained_layout are deprecated, use set_layout_engine")
    b.pair(tight, "fig.set_tight_layout(True)", "fig.set_layout_engine(\"tight\")")
    b.pair(tight, "self.figure.set_tight_layout(True)", "self.figure.set_layout_engine(\"tight\")")
    b.pair(tight, "fig, ax = plt.subplots()\nfig.set_tight_layout(True)\nax.plot(x, y)",
           "fig, ax = plt.subplots()\nfig.set_layout_engine(\"tight\")\nax.plot(x, y)")
    constrained = b.change("matplotlib.figure.Figure.set_constrained_layout",
                           "matplotlib.figure.Figure.set_layout_engine", "argument", "3.6.0 -> 3.8.0",
                           A36 + ": Figure.set_tight_layout and set_constrained_layout are deprecated, use set_layout_engine")
    b.pair(constrained, "fig.set_constrained_layout(True)", "fig.set_layout_engine(\"constrained\")")
    b.pair(constrained, "plt.gcf().set_constrained_layout(True)", "plt.gcf().set_layout_engine(\"constrained\")")
    b.pair(constrained, "for f in figures:\n    f.set_constrained_layout(True)", "for f in figures:\n    f.set_layout_engine(\"constrained\")")
    gca = b.change("matplotlib.figure.Figure.gca(projection)", "matplotlib.figure.Figure.add_subplot", "restructure",
                   "3.4.0 -> 3.6.0", A34 + ": calling gca with keyword arguments is deprecated, use add_subplot")
    b.pair(gca, "ax = fig.gca(projection=\"3d\")", "ax = fig.add_subplot(projection=\"3d\")")
    b.pair(gca, "ax = plt.figure().gca(projection=\"polar\")", "ax = plt.figure().add_subplot(projection=\"polar\")")
    b.pair(gca, "self.ax = self.fig.gca(projection=\"3d\")", "self.ax = self.fig.add_subplot(projection=\"3d\")")
    axes3d = b.change("mpl_toolkits.mplot3d.Axes3D(fig)", "matplotlib.figure.Figure.add_subplot", "restructure",
                      "3.4.0 -> 3.6.0",
                      A34 + ": Axes3D automatically adding itself to the figure is deprecated, use "
                            "fig.add_subplot(projection=\"3d\")")
    b.pair(axes3d, "ax = Axes3D(fig)", "ax = fig.add_subplot(projection=\"3d\")")
    b.pair(axes3d, "self.ax = Axes3D(self.figure)", "self.ax = self.figure.add_subplot(projection=\"3d\")")
    b.pair(axes3d, "fig = plt.figure(figsize=(6, 6))\nax = Axes3D(fig)\nax.scatter(xs, ys, zs)",
           "fig = plt.figure(figsize=(6, 6))\nax = fig.add_subplot(projection=\"3d\")\nax.scatter(xs, ys, zs)")
    title = b.change("matplotlib.backend_bases.FigureCanvasBase.set_window_title",
                     "matplotlib.backend_bases.FigureManagerBase.set_window_title", "restructure", "3.4.0 -> 3.6.0",
                     A34 + ": FigureCanvasBase.get_window_title and set_window_title are deprecated, use the "
                           "manager's methods")
    b.pair(title, "fig.canvas.set_window_title(\"Results\")", "fig.canvas.manager.set_window_title(\"Results\")")
    b.pair(title, "self.figure.canvas.set_window_title(self.title)", "self.figure.canvas.manager.set_window_title(self.title)")
    b.pair(title, "plt.gcf().canvas.set_window_title(f\"Run {run_id}\")", "plt.gcf().canvas.manager.set_window_title(f\"Run {run_id}\")")


def _keywords(b: Book) -> None:
    grid = b.change("matplotlib.axes.Axes.grid(b)", "matplotlib.axes.Axes.grid(visible)", "argument", "3.5.0 -> 3.7.0",
                    "Matplotlib 3.5.0 API changes, Deprecations: the first parameter of Axes.grid, Axis.grid and "
                    "pyplot.grid has been renamed from b to visible")
    b.rename(grid, ("b=", "visible="),
             "ax.grid(b=True)",
             "plt.grid(b=True, which=\"major\", linestyle=\"--\")",
             "self.ax.grid(b=False)",
             "for a in axes.flat:\n    a.grid(b=True, alpha=0.3)")
    normed = b.change("matplotlib.axes.Axes.hist(normed)", "matplotlib.axes.Axes.hist(density)", "argument",
                      "2.1.0 -> 3.1.0",
                      "Matplotlib 3.1.0 API changes, Removals: the normed keyword of hist has been removed, use density "
                      "(deprecated in 2.1)")
    b.rename(normed, ("normed=", "density="),
             "ax.hist(x, bins=30, normed=True)",
             "n, bins, patches = plt.hist(data, 50, normed=1, alpha=0.75)",
             "self.ax.hist(samples, bins=edges, normed=True, histtype=\"step\")")
    annotate = b.change("matplotlib.axes.Axes.annotate(s)", "matplotlib.axes.Axes.annotate(text)", "argument",
                        "3.3.0 -> 3.5.0", A33 + ": the s parameter of Axes.annotate and pyplot.annotate is renamed to text")
    b.rename(annotate, ("s=", "text="),
             "ax.annotate(s=\"peak\", xy=(x0, y0))",
             "plt.annotate(s=label, xy=pt, xytext=(5, 5), textcoords=\"offset points\")",
             "for i, p in enumerate(points):\n    ax.annotate(s=str(i), xy=p)")
    base = b.change("matplotlib.axes.Axes.set_xscale(basex)", "matplotlib.axes.Axes.set_xscale(base)", "argument",
                    "3.3.0 -> 3.5.0",
                    A33 + ": the basex/basey, subsx/subsy and nonposx/nonposy parameters of the log scales are "
                          "renamed to base, subs and nonpositive")
    b.pair(base, "ax.set_xscale(\"log\", basex=2)", "ax.set_xscale(\"log\", base=2)")
    b.pair(base, "ax.set_yscale(\"log\", basey=10, nonposy=\"clip\")", "ax.set_yscale(\"log\", base=10, nonpositive=\"clip\")")
    b.pair(base, "plt.xscale(\"log\", basex=2, subsx=[2, 4, 6])", "plt.xscale(\"log\", base=2, subs=[2, 4, 6])")
    b.pair(base, "plt.loglog(x, y, basex=2, basey=2)", "plt.loglog(x, y, base=2)")
    lim = b.change("matplotlib.axes.Axes.set_ylim(ymin)", "matplotlib.axes.Axes.set_ylim(bottom)", "argument",
                   "3.0.0 -> 3.2.0",
                   "Matplotlib 3.0.0 API changes, Deprecations: passing xmin/xmax to set_xlim and ymin/ymax to "
                   "set_ylim is deprecated, use left/right and bottom/top")
    b.pair(lim, "ax.set_ylim(ymin=0)", "ax.set_ylim(bottom=0)")
    b.pair(lim, "ax.set_xlim(xmin=0, xmax=100)", "ax.set_xlim(left=0, right=100)")
    b.pair(lim, "self.ax.set_ylim(ymin=lo, ymax=hi)", "self.ax.set_ylim(bottom=lo, top=hi)")
    labels = b.change("matplotlib.axes.Axes.boxplot(labels)", "matplotlib.axes.Axes.boxplot(tick_labels)", "argument",
                      "3.9.0 -> 3.11.0", A39 + ": the parameter labels of boxplot has been renamed to tick_labels")
    b.rename(labels, ("labels=", "tick_labels="),
             "ax.boxplot(groups, labels=names)",
             "plt.boxplot([a, b], labels=[\"before\", \"after\"], showfliers=False)",
             "self.ax.boxplot(self.samples, labels=self.names, vert=True)")
    axisbg = b.change("matplotlib.axes.Axes(axisbg)", "matplotlib.axes.Axes(facecolor)", "argument", "2.0.0 -> 2.2.0",
                      "Matplotlib 2.0.0 API changes: the axisbg and axis_bgcolor properties are deprecated in favour "
                      "of facecolor")
    b.rename(axisbg, ("axisbg=", "facecolor="),
             "ax = fig.add_subplot(111, axisbg=\"white\")",
             "plt.subplot(2, 1, 1, axisbg=\"#eeeeee\")",
             "self.ax = self.fig.add_axes([0.1, 0.1, 0.8, 0.8], axisbg=bg)")
    bgcolor = b.change("matplotlib.axes.Axes.set_axis_bgcolor", "matplotlib.axes.Axes.set_facecolor", "rename",
                       "2.0.0 -> 2.2.0",
                       "Matplotlib 2.0.0 API changes: the axisbg and axis_bgcolor properties are deprecated in favour "
                       "of facecolor")
    b.rename(bgcolor, (".set_axis_bgcolor(", ".set_facecolor("),
             "ax.set_axis_bgcolor(\"black\")",
             "self.ax.set_axis_bgcolor(self.theme[\"bg\"])",
             "for a in axes:\n    a.set_axis_bgcolor(\"#f0f0f0\")")


def _removed(b: Book) -> None:
    handles = b.change("matplotlib.legend.Legend.legendHandles", "matplotlib.legend.Legend.legend_handles", "rename",
                       "3.7.0 -> 3.9.0", A37 + ": Legend.legendHandles is deprecated, use legend_handles")
    b.rename(handles, (".legendHandles", ".legend_handles"),
             "for h in leg.legendHandles:\n    h.set_alpha(1)",
             "handles = ax.get_legend().legendHandles",
             "self.legend.legendHandles[0].set_color(\"red\")")
    drag = b.change("matplotlib.legend.Legend.draggable", "matplotlib.legend.Legend.set_draggable", "rename",
                    "3.0.0 -> 3.2.0",
                    "Matplotlib 3.0.0 API changes, Deprecations: Legend.draggable is deprecated, use set_draggable")
    b.rename(drag, (".draggable(", ".set_draggable("),
             "leg = ax.legend()\nleg.draggable(True)",
             "plt.legend(loc=\"best\").draggable(True)",
             "self.legend.draggable(state=True)")
    hold = b.change("matplotlib.pyplot.hold", "(removed: hold is always on)", "removal", "2.0.0 -> 3.0.0",
                    "Matplotlib 3.0.0 API changes, Removals: the hold machinery (Axes.hold, pyplot.hold, ishold) "
                    "has been removed; every plot call adds to the current axes")
    b.pair(hold, "plt.plot(x, y1)\nplt.hold(True)\nplt.plot(x, y2)", "plt.plot(x, y1)\nplt.plot(x, y2)")
    b.pair(hold, "ax.hold(True)\nax.scatter(xs, ys)\nax.plot(xs, fit)", "ax.scatter(xs, ys)\nax.plot(xs, fit)")
    b.pair(hold, "def draw(self):\n    self.ax.hold(True)\n    self.ax.plot(self.x, self.y)",
           "def draw(self):\n    self.ax.plot(self.x, self.y)")
    mlab = ("Matplotlib 3.1.0 API changes, Removals: the deprecated matplotlib.mlab helpers (normpdf, find, "
            "prctile, ...) have been removed (deprecated in 2.2); use scipy.stats.norm.pdf and numpy")
    normpdf = b.change("matplotlib.mlab.normpdf", "scipy.stats.norm.pdf", "restructure", "2.2.0 -> 3.1.0", mlab)
    b.pair(normpdf, "y = mlab.normpdf(bins, mu, sigma)", "from scipy.stats import norm\ny = norm.pdf(bins, mu, sigma)")
    b.pair(normpdf, "from scipy.stats import norm\nplt.plot(x, mlab.normpdf(x, 0, 1))", "from scipy.stats import norm\nplt.plot(x, norm.pdf(x, 0, 1))")
    b.pair(normpdf, "from scipy.stats import norm\nreturn mlab.normpdf(self.grid, self.mean, self.std)",
           "from scipy.stats import norm\nreturn norm.pdf(self.grid, self.mean, self.std)")
    find = b.change("matplotlib.mlab.find", "numpy.nonzero", "restructure", "2.2.0 -> 3.1.0", mlab)
    b.pair(find, "idx = mlab.find(x > 0)", "idx = np.nonzero(np.ravel(x > 0))[0]")
    b.pair(find, "return mlab.find(self.mask)", "return np.nonzero(np.ravel(self.mask))[0]")
    b.pair(find, "peaks = [mlab.find(s > t) for s, t in zip(signals, limits)]", "peaks = [np.nonzero(np.ravel(s > t))[0] for s, t in zip(signals, limits)]")
    prctile = b.change("matplotlib.mlab.prctile", "numpy.percentile", "rename", "2.2.0 -> 3.1.0", mlab)
    b.pair(prctile, "q = mlab.prctile(data, [25, 50, 75])", "q = np.percentile(data, [25, 50, 75])")
    b.pair(prctile, "return mlab.prctile(self.values, p=90)", "return np.percentile(self.values, q=90)")
    b.pair(prctile, "lo, hi = mlab.prctile(samples, (5, 95))", "lo, hi = np.percentile(samples, (5, 95))")
    pdate = b.change("matplotlib.axes.Axes.plot_date", "matplotlib.axes.Axes.plot", "restructure", "3.9.0 -> 3.11.0",
                     A39 + ": plot_date is discouraged and deprecated, use plot with datetime data "
                           "(plot_date's default format was \"o\")")
    b.pair(pdate, "ax.plot_date(dates, values)", "ax.plot(dates, values, \"o\")")
    b.pair(pdate, "plt.plot_date(df.index, df[\"close\"], \"-\")", "plt.plot(df.index, df[\"close\"], \"-\")")
    b.pair(pdate, "self.ax.plot_date(self.times, self.counts, fmt=\"b.\")", "self.ax.plot(self.times, self.counts, \"b.\")")
    lines = b.change("matplotlib.axes.Axes.lines.remove", "matplotlib.artist.Artist.remove", "restructure",
                     "3.5.0 -> 3.7.0",
                     "Matplotlib 3.5.0 API changes, Deprecations: modification of the Axes children sublists "
                     "(ax.lines, ax.patches, ...) is deprecated, use Artist.remove")
    b.pair(lines, "ax.lines.remove(line)", "line.remove()")
    b.pair(lines, "del ax.lines[0]", "ax.lines[0].remove()")
    b.pair(lines, "for patch in list(ax.patches):\n    ax.patches.remove(patch)", "for patch in list(ax.patches):\n    patch.remove()")


def _multi(b: Book) -> None:
    get = b.change("matplotlib.cm.get_cmap", "matplotlib.colormaps", "restructure", "3.7.0 -> 3.9.0", A37 + ": cm.get_cmap")
    tight = b.change("matplotlib.figure.Figure.set_tight_layout", "matplotlib.figure.Figure.set_layout_engine",
                     "argument", "3.6.0 -> 3.8.0", A36 + ": Figure.set_tight_layout")
    grid = b.change("matplotlib.axes.Axes.grid(b)", "matplotlib.axes.Axes.grid(visible)", "argument", "3.5.0 -> 3.7.0",
                    "Matplotlib 3.5.0 API changes, Deprecations: Axes.grid b renamed to visible")
    normed = b.change("matplotlib.axes.Axes.hist(normed)", "matplotlib.axes.Axes.hist(density)", "argument",
                      "2.1.0 -> 3.1.0", "Matplotlib 3.1.0 API changes, Removals: hist normed")
    style = b.change("matplotlib.style seaborn", "matplotlib.style seaborn-v0_8", "argument", "3.6.0 -> 3.8.0",
                     A36 + ": seaborn styles renamed")
    gca = b.change("matplotlib.figure.Figure.gca(projection)", "matplotlib.figure.Figure.add_subplot", "restructure",
                   "3.4.0 -> 3.6.0", A34 + ": gca with keyword arguments")
    b.multi([tight, grid], "fig.set_tight_layout(True)\nax.grid(b=True)", "fig.set_layout_engine(\"tight\")\nax.grid(visible=True)")
    b.multi([normed, grid], "ax.hist(x, normed=True)\nax.grid(b=True)", "ax.hist(x, density=True)\nax.grid(visible=True)")
    b.multi([style, get], "import matplotlib as mpl\nplt.style.use(\"seaborn\")\ncmap = mpl.cm.get_cmap(\"coolwarm\")",
            "import matplotlib as mpl\nplt.style.use(\"seaborn-v0_8\")\ncmap = mpl.colormaps.get_cmap(\"coolwarm\")")
    b.multi([gca, tight], "ax = fig.gca(projection=\"3d\")\nfig.set_tight_layout(True)",
            "ax = fig.add_subplot(projection=\"3d\")\nfig.set_layout_engine(\"tight\")")


def _negatives(b: Book) -> None:
    b.negative("matplotlib.pyplot.get_cmap", "3.7.0 -> 3.9.0",
               A37 + " (pyplot.get_cmap and matplotlib.colormaps stay)",
               "cmap = plt.get_cmap(\"viridis\")",
               "cmap = mpl.colormaps[\"viridis\"]",
               "colors = plt.get_cmap(\"tab10\").colors",
               "plt.set_cmap(\"gray\")")
    b.negative("matplotlib.figure.Figure.tight_layout", "3.6.0 -> 3.8.0",
               A36 + " (Figure.tight_layout and the layout argument stay)",
               "fig.tight_layout()",
               "plt.tight_layout(pad=0.5)",
               "fig, ax = plt.subplots(layout=\"constrained\")",
               "fig.set_layout_engine(\"tight\")")
    b.negative("matplotlib.axes.Axes.grid", "3.5.0 -> 3.7.0",
               "Matplotlib 3.5.0 API changes, Deprecations (positional and visible= grid calls stay)",
               "ax.grid(True)",
               "ax.grid(visible=True, axis=\"y\")",
               "plt.grid(which=\"both\")")
    b.negative("matplotlib.axes.Axes.hist", "2.1.0 -> 3.1.0", "Matplotlib 3.1.0 API changes, Removals (density= stays)",
               "ax.hist(x, bins=30, density=True)",
               "plt.hist(data, bins=\"auto\", alpha=0.5)")
    b.negative("matplotlib.style.use", "3.6.0 -> 3.8.0", A36 + " (other style names stay)",
               "plt.style.use(\"ggplot\")",
               "plt.style.use(\"seaborn-v0_8-whitegrid\")",
               "import seaborn as sns\nsns.set_theme(style=\"whitegrid\")")
    b.negative("matplotlib.figure.Figure.add_subplot", "3.4.0 -> 3.6.0", A34 + " (add_subplot and plain gca stay)",
               "ax = fig.add_subplot(projection=\"3d\")",
               "ax = plt.gca()",
               "ax = fig.gca()")
    b.negative("matplotlib.legend.Legend.legend_handles", "3.7.0 -> 3.9.0", A37 + " (legend_handles stays)",
               "for h in leg.legend_handles:\n    h.set_alpha(1)",
               "leg.set_draggable(True)")


def _more_contexts(b: Book) -> None:
    """Multi-line calls and comprehensions, appended last so earlier ids stay stable."""
    grid = b.change("matplotlib.axes.Axes.grid(b)", "matplotlib.axes.Axes.grid(visible)", "argument", "3.5.0 -> 3.7.0",
                    "Matplotlib 3.5.0 API changes, Deprecations: the first parameter of Axes.grid, Axis.grid and "
                    "pyplot.grid has been renamed from b to visible")
    b.rename(grid, ("b=", "visible="), """
ax.grid(
    b=True,
    which="minor",
    linewidth=0.5,
)
""")
    normed = b.change("matplotlib.axes.Axes.hist(normed)", "matplotlib.axes.Axes.hist(density)", "argument",
                      "2.1.0 -> 3.1.0",
                      "Matplotlib 3.1.0 API changes, Removals: the normed keyword of hist has been removed, use density "
                      "(deprecated in 2.1)")
    b.rename(normed, ("normed=", "density="), """
counts, edges, _ = ax.hist(
    residuals,
    bins=40,
    normed=True,
    color="gray",
)
""")
    labels = b.change("matplotlib.axes.Axes.boxplot(labels)", "matplotlib.axes.Axes.boxplot(tick_labels)", "argument",
                      "3.9.0 -> 3.11.0", A39 + ": the parameter labels of boxplot has been renamed to tick_labels")
    b.rename(labels, ("labels=", "tick_labels="), """
ax.boxplot(
    [df[c] for c in cols],
    labels=cols,
    patch_artist=True,
)
""")
    get = b.change("matplotlib.cm.get_cmap", "matplotlib.colormaps", "restructure", "3.7.0 -> 3.9.0",
                   A37 + ": matplotlib.cm.get_cmap is deprecated, use matplotlib.colormaps[name] "
                         "(or matplotlib.colormaps[name].resampled(lut))")
    b.pair(get, "import matplotlib as mpl\ncmaps = [mpl.cm.get_cmap(n) for n in (\"Blues\", \"Reds\")]",
           "import matplotlib as mpl\ncmaps = [mpl.colormaps.get_cmap(n) for n in (\"Blues\", \"Reds\")]")
    annotate = b.change("matplotlib.axes.Axes.annotate(s)", "matplotlib.axes.Axes.annotate(text)", "argument",
                        "3.3.0 -> 3.5.0", A33 + ": the s parameter of Axes.annotate and pyplot.annotate is renamed to text")
    b.rename(annotate, ("s=", "text="), """
ax.annotate(
    s=f"max {ymax:.2f}",
    xy=(xmax, ymax),
    arrowprops=dict(arrowstyle="->"),
)
""")
    base = b.change("matplotlib.axes.Axes.set_xscale(basex)", "matplotlib.axes.Axes.set_xscale(base)", "argument",
                    "3.3.0 -> 3.5.0",
                    A33 + ": the basex/basey, subsx/subsy and nonposx/nonposy parameters of the log scales are "
                          "renamed to base, subs and nonpositive")
    b.pair(base, "for a in axs:\n    a.set_xscale(\"log\", basex=2)", "for a in axs:\n    a.set_xscale(\"log\", base=2)")
    default = b.change("matplotlib.cm.get_cmap()", "matplotlib.colormaps.get_cmap(None)", "argument", "3.7.0 -> 3.9.0",
                       A37 + ": matplotlib.cm.get_cmap is deprecated; matplotlib.colormaps.get_cmap(cmap) needs its "
                             "argument, and None gives the default colormap (rcParams['image.cmap'])")
    b.pair(default, "import matplotlib as mpl\ncmap = mpl.cm.get_cmap()", "import matplotlib as mpl\ncmap = mpl.colormaps.get_cmap(None)")
    b.pair(default, "import matplotlib\nself.cmap = matplotlib.cm.get_cmap()",
           "import matplotlib\nself.cmap = matplotlib.colormaps.get_cmap(None)")
    b.pair(default, "import matplotlib as mpl\ncolors = mpl.cm.get_cmap()(np.linspace(0, 1, n))",
           "import matplotlib as mpl\ncolors = mpl.colormaps.get_cmap(None)(np.linspace(0, 1, n))")
