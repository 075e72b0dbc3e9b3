"""SciPy: integrate renames, scipy.misc removal, namespace cleanups and argument renames."""
from common import Book

R112 = "SciPy 1.12.0 Release Notes, Deprecated features"
R114 = "SciPy 1.14.0 Release Notes, Expired deprecations"
R115 = "SciPy 1.15.0 Release Notes, Deprecated features"
R110 = "SciPy 1.10.0 Release Notes, Deprecated features"
R13 = "SciPy 1.3.0 Release Notes, Backwards-incompatible changes"
R18 = "SciPy 1.8.0 Release Notes, Deprecated features: private namespaces (scipy.ndimage.filters etc.) are deprecated"


def build() -> Book:
    b = Book("scipy")
    _integrate(b)
    _misc(b)
    _namespaces(b)
    _arguments(b)
    _multi(b)
    _negatives(b)
    _more_contexts(b)
    return b


def _integrate(b: Book) -> None:
    src = (R112 + ": scipy.integrate.trapz, cumtrapz and simps have been deprecated in favour of trapezoid, "
                  "cumulative_trapezoid and simpson; " + R114)
    simps = b.change("scipy.integrate.simps", "scipy.integrate.simpson", "argument", "1.12.0 -> 1.14.0", src)
    b.pair(simps, "area = integrate.simps(y, x)", "area = integrate.simpson(y, x=x)")
    b.pair(simps, "from scipy.integrate import simps\ntotal = simps(values, dx=0.1)",
           "from scipy.integrate import simpson\ntotal = simpson(values, dx=0.1)")
    b.pair(simps, "return scipy.integrate.simps(self.pdf, self.grid)", "return scipy.integrate.simpson(self.pdf, x=self.grid)")
    b.pair(simps, "energies = [integrate.simps(p, t) for p, t in zip(powers, times)]",
           "energies = [integrate.simpson(p, x=t) for p, t in zip(powers, times)]")
    trapz = b.change("scipy.integrate.trapz", "scipy.integrate.trapezoid", "rename", "1.12.0 -> 1.14.0", src)
    b.rename(trapz, ("trapz", "trapezoid"),
             "auc = integrate.trapz(tpr, fpr)",
             "from scipy.integrate import trapz\narea = trapz(y, x, axis=0)",
             "return scipy.integrate.trapz(self.values, dx=self.step)")
    cum = b.change("scipy.integrate.cumtrapz", "scipy.integrate.cumulative_trapezoid", "rename", "1.12.0 -> 1.14.0", src)
    b.rename(cum, ("cumtrapz", "cumulative_trapezoid"),
             "position = integrate.cumtrapz(velocity, t, initial=0)",
             "from scipy.integrate import cumtrapz\ncdf = cumtrapz(pdf, x)",
             "return scipy.integrate.cumtrapz(self.rate, dx=self.dt, initial=0)")
    quad_src = (R112 + ": scipy.integrate.quadrature and scipy.integrate.romberg have been deprecated, "
                       "please use scipy.integrate.quad instead")
    romberg = b.change("scipy.integrate.romberg", "scipy.integrate.quad", "restructure", "1.12.0 -> 1.15.0", quad_src)
    b.pair(romberg, "value = integrate.romberg(f, 0, 1)", "value = integrate.quad(f, 0, 1)[0]")
    b.pair(romberg, "return integrate.romberg(self.density, lo, hi)", "return integrate.quad(self.density, lo, hi)[0]")
    b.pair(romberg, "areas = [integrate.romberg(g, a, b) for a, b in intervals]",
           "areas = [integrate.quad(g, a, b)[0] for a, b in intervals]")
    quadrature = b.change("scipy.integrate.quadrature", "scipy.integrate.quad", "restructure", "1.12.0 -> 1.15.0", quad_src)
    b.pair(quadrature, "val, err = integrate.quadrature(f, 0, np.pi)", "val, err = integrate.quad(f, 0, np.pi)")
    b.pair(quadrature, "return integrate.quadrature(self.f, a, b)[0]", "return integrate.quad(self.f, a, b)[0]")
    b.pair(quadrature, "total = quadrature(lambda t: t ** 2, 0, 3)[0]", "total = quad(lambda t: t ** 2, 0, 3)[0]")
    qv = b.change("scipy.integrate.quad_vec(quadrature=trapz)", "scipy.integrate.quad_vec(quadrature=trapezoid)",
                  "argument", "1.14.0 -> 1.16.0",
                  "SciPy 1.14.0 Release Notes, Deprecated features: the option quadrature=\"trapz\" in "
                  "scipy.integrate.quad_vec has been deprecated in favour of quadrature=\"trapezoid\"")
    b.rename(qv, ('"trapz"', '"trapezoid"'),
             "res, err = integrate.quad_vec(f, 0, 1, quadrature=\"trapz\")",
             "return quad_vec(self.kernel, a, b, quadrature=\"trapz\")[0]",
             """
out = integrate.quad_vec(
    integrand,
    0.0,
    t_max,
    quadrature="trapz",
)
""")


def _misc(b: Book) -> None:
    ds = R110 + ": scipy.misc module is deprecated, use the scipy.datasets module for the dataset methods"
    for name in ("face", "ascent", "electrocardiogram"):
        change = b.change("scipy.misc." + name, "scipy.datasets." + name, "rename", "1.10.0 -> 1.12.0", ds)
        call = {"face": "face(gray=True)", "ascent": "ascent()", "electrocardiogram": "electrocardiogram()"}[name]
        b.pair(change, f"from scipy import misc\nimg = misc.{call}",
               f"from scipy import datasets\nimg = datasets.{call}")
        b.pair(change, f"import scipy.misc\ndata = scipy.misc.{call}",
               f"import scipy.datasets\ndata = scipy.datasets.{call}")
        b.pair(change, f"from scipy.misc import {name}\nsample = {call}",
               f"from scipy.datasets import {name}\nsample = {call}")
    moved = (R13 + ": aliases from scipy.misc (comb, factorial, factorial2, factorialk, logsumexp, ...) "
                   "deprecated since v1.0.0 are removed; use scipy.special")
    for name, calls in {
        "comb": ("n_pairs = misc.comb(n, 2, exact=True)", "return misc.comb(self.n, k)",
                 "ways = [misc.comb(10, k) for k in range(11)]"),
        "factorial": ("f = misc.factorial(5)", "return misc.factorial(n, exact=True)",
                      "terms = x ** k / misc.factorial(k)"),
        "logsumexp": ("log_z = misc.logsumexp(log_probs)", "return misc.logsumexp(a, axis=1, keepdims=True)",
                      "norm = [misc.logsumexp(row) for row in scores]"),
    }.items():
        change = b.change("scipy.misc." + name, "scipy.special." + name, "rename", "1.0.0 -> 1.3.0", moved)
        b.rename(change, ("misc." + name, "special." + name), *calls)
    img = (R13 + ": functions from scipy.misc (imread, imresize, imsave, ...) have been removed, deprecated since "
                 "v1.0.0 (the deprecation message points to imageio)")
    imread = b.change("scipy.misc.imread", "imageio.imread", "restructure", "1.0.0 -> 1.2.0", img)
    b.pair(imread, "from scipy import misc\nimg = misc.imread(path)", "import imageio\nimg = imageio.imread(path)")
    b.pair(imread, "import scipy.misc\nframes = [scipy.misc.imread(p) for p in paths]",
           "import imageio\nframes = [imageio.imread(p) for p in paths]")
    b.pair(imread, "from scipy.misc import imread\nmask = imread(mask_file) > 0",
           "from imageio import imread\nmask = imread(mask_file) > 0")
    imsave = b.change("scipy.misc.imsave", "imageio.imwrite", "restructure", "1.0.0 -> 1.2.0", img)
    b.pair(imsave, "from scipy import misc\nmisc.imsave(out_path, img)", "import imageio\nimageio.imwrite(out_path, img)")
    b.pair(imsave, "import scipy.misc\nscipy.misc.imsave(\"mask.png\", mask.astype(np.uint8))",
           "import imageio\nimageio.imwrite(\"mask.png\", mask.astype(np.uint8))")
    b.pair(imsave, "from scipy.misc import imsave\nfor i, f in enumerate(frames):\n    imsave(f\"frame_{i}.png\", f)",
           "from imageio import imwrite\nfor i, f in enumerate(frames):\n    imwrite(f\"frame_{i}.png\", f)")


def _namespaces(b: Book) -> None:
    np_ns = ("SciPy 1.4.0 Release Notes, Deprecated features: support for NumPy functions exposed via the root "
             "SciPy namespace is deprecated; SciPy 1.12.0 Release Notes, Expired Deprecations")
    arange = b.change("scipy.arange", "numpy.arange", "restructure", "1.4.0 -> 1.12.0", np_ns)
    b.pair(arange, "import scipy as sp\nt = sp.arange(0, 10, 0.1)", "import numpy as np\nimport scipy as sp\nt = np.arange(0, 10, 0.1)")
    b.pair(arange, "import numpy as np\nimport scipy\nidx = scipy.arange(n)", "import numpy as np\nimport scipy\nidx = np.arange(n)")
    b.pair(arange, "import numpy as np\nimport scipy as sp\nreturn sp.arange(self.start, self.stop)",
           "import numpy as np\nimport scipy as sp\nreturn np.arange(self.start, self.stop)")
    linspace = b.change("scipy.linspace", "numpy.linspace", "restructure", "1.4.0 -> 1.12.0", np_ns)
    b.pair(linspace, "import scipy as sp\nx = sp.linspace(0, 1, 50)", "import numpy as np\nimport scipy as sp\nx = np.linspace(0, 1, 50)")
    b.pair(linspace, "import numpy as np\nimport scipy\ngrid = scipy.linspace(lo, hi, num=n)",
           "import numpy as np\nimport scipy\ngrid = np.linspace(lo, hi, num=n)")
    b.pair(linspace, "import numpy as np\nimport scipy as sp\nts = [sp.linspace(0, d, 10) for d in durations]",
           "import numpy as np\nimport scipy as sp\nts = [np.linspace(0, d, 10) for d in durations]")
    sqrt = b.change("scipy.sqrt", "numpy.emath.sqrt", "restructure", "1.4.0 -> 1.12.0",
                    np_ns + " (scipy.sqrt was numpy.lib.scimath.sqrt, which returns complex results for negative input)")
    b.pair(sqrt, "import scipy as sp\nr = sp.sqrt(disc)", "import numpy as np\nimport scipy as sp\nr = np.emath.sqrt(disc)")
    b.pair(sqrt, "import numpy as np\nimport scipy\nroots = (-b + scipy.sqrt(b ** 2 - 4 * a * c)) / (2 * a)",
           "import numpy as np\nimport scipy\nroots = (-b + np.emath.sqrt(b ** 2 - 4 * a * c)) / (2 * a)")
    b.pair(sqrt, "import numpy as np\nimport scipy as sp\nreturn sp.sqrt(self.variance)",
           "import numpy as np\nimport scipy as sp\nreturn np.emath.sqrt(self.variance)")
    rnd = b.change("scipy.random", "numpy.random", "restructure", "1.4.0 -> 1.9.0",
                   "SciPy 1.9.0 Release Notes, Expired Deprecations: removed the alias scipy.random for numpy.random")
    b.pair(rnd, "import numpy as np\nimport scipy as sp\nsp.random.seed(0)", "import numpy as np\nimport scipy as sp\nnp.random.seed(0)")
    b.pair(rnd, "import numpy as np\nimport scipy\nnoise = scipy.random.normal(0, 1, size=n)",
           "import numpy as np\nimport scipy\nnoise = np.random.normal(0, 1, size=n)")
    b.pair(rnd, "import scipy as sp\nreturn sp.random.rand(rows, cols)", "import numpy as np\nimport scipy as sp\nreturn np.random.rand(rows, cols)")

    win = ("SciPy 1.1.0 Release Notes, Deprecated features: the window functions in scipy.signal are now available "
           "in scipy.signal.windows; SciPy 1.13.0 Release Notes, Expired Deprecations: window functions can no "
           "longer be imported from the scipy.signal namespace")
    for name, calls in {
        "hann": ("w = signal.hann(512)", "return signal.hann(self.n, sym=False)", "frames = frames * signal.hann(frames.shape[-1])"),
        "hamming": ("w = signal.hamming(256)", "taps = signal.hamming(numtaps) * ideal", "return signal.hamming(n)[:, None]"),
        "kaiser": ("w = signal.kaiser(101, beta=8.6)", "return signal.kaiser(self.n, 14)", "windows = [signal.kaiser(n, b) for b in betas]"),
    }.items():
        change = b.change("scipy.signal." + name, "scipy.signal.windows." + name, "rename", "1.1.0 -> 1.13.0", win)
        b.rename(change, ("signal." + name, "signal.windows." + name), *calls)

    for module, names in (("filters", ("gaussian_filter", "median_filter", "uniform_filter")),
                          ("interpolation", ("zoom", "rotate", "shift")),
                          ("morphology", ("binary_dilation", "binary_erosion", "distance_transform_edt"))):
        change = b.change(f"scipy.ndimage.{module}", "scipy.ndimage", "rename", "1.8.0 -> 1.8.0", R18)
        f1, f2, f3 = names
        b.rename(change, (f"ndimage.{module}.", "ndimage."),
                 f"smooth = ndimage.{module}.{f1}(img, 2)",
                 f"return scipy.ndimage.{module}.{f2}(self.volume, 3)",
                 f"out = [ndimage.{module}.{f3}(m) for m in masks]")
        b.pair(change, f"from scipy.ndimage.{module} import {f1}\nres = {f1}(image, 1)",
               f"from scipy.ndimage import {f1}\nres = {f1}(image, 1)")

    dcm = ("SciPy 1.4.0 Release Notes, Deprecated features: in scipy.spatial.Rotation methods from_dcm, as_dcm "
           "were renamed to from_matrix, as_matrix respectively")
    from_dcm = b.change("scipy.spatial.transform.Rotation.from_dcm", "scipy.spatial.transform.Rotation.from_matrix",
                        "rename", "1.4.0 -> 1.6.0", dcm)
    b.rename(from_dcm, ("from_dcm", "from_matrix"),
             "r = Rotation.from_dcm(R)",
             "rots = [R.from_dcm(m) for m in mats]",
             "return Rotation.from_dcm(self.matrix).as_quat()")
    as_dcm = b.change("scipy.spatial.transform.Rotation.as_dcm", "scipy.spatial.transform.Rotation.as_matrix",
                      "rename", "1.4.0 -> 1.6.0", dcm)
    b.rename(as_dcm, (".as_dcm(", ".as_matrix("),
             "m = rot.as_dcm()",
             "return Rotation.from_euler(\"xyz\", angles).as_dcm()",
             "mats = self.rotation.as_dcm()[:, :2]")
    matching = b.change("scipy.spatial.distance.matching", "scipy.spatial.distance.hamming", "rename", "1.0.0 -> 1.9.0",
                        "SciPy 1.0.0 Release Notes, Deprecated features: scipy.spatial.distance.matching is deprecated, "
                        "it is an alias of scipy.spatial.distance.hamming")
    b.rename(matching, ("matching", "hamming"),
             "d = distance.matching(u, v)",
             "from scipy.spatial.distance import matching\nscore = 1 - matching(a, b)",
             "D = distance.pdist(X, metric=distance.matching)")

    for name in ("triu", "tril"):
        change = b.change(f"scipy.linalg.{name}", f"numpy.{name}", "restructure", "1.11.0 -> 1.13.0",
                          "SciPy 1.11.0 Release Notes, Deprecated features: the scipy.linalg functions tri, triu "
                          "and tril are deprecated, use the NumPy versions")
        b.pair(change, f"import numpy as np\nupper = linalg.{name}(A)", f"import numpy as np\nupper = np.{name}(A)")
        b.pair(change, f"import numpy as np\nfrom scipy import linalg\nreturn linalg.{name}(self.cov, k=1)",
               f"import numpy as np\nfrom scipy import linalg\nreturn np.{name}(self.cov, k=1)")
        b.pair(change, f"import scipy.linalg\nmask = scipy.linalg.{name}(np.ones((n, n)), -1)",
               f"import numpy as np\nimport scipy.linalg\nmask = np.{name}(np.ones((n, n)), -1)")
    pinv2 = b.change("scipy.linalg.pinv2", "scipy.linalg.pinv", "rename", "1.7.0 -> 1.9.0",
                     "SciPy 1.7.0 Release Notes, Deprecated features: scipy.linalg.pinv2 is deprecated and its "
                     "functionality is completely subsumed into scipy.linalg.pinv")
    b.rename(pinv2, ("pinv2", "pinv"),
             "Ainv = linalg.pinv2(A)",
             "from scipy.linalg import pinv2\nW = pinv2(X.T @ X) @ X.T",
             "return scipy.linalg.pinv2(self.jacobian)")
    sph = b.change("scipy.special.sph_harm", "scipy.special.sph_harm_y", "argument", "1.15.0 -> 1.17.0",
                   R115 + ": scipy.special.sph_harm has been deprecated in favor of scipy.special.sph_harm_y "
                          "(degree before order, polar angle before azimuthal angle)")
    b.pair(sph, "Y = special.sph_harm(m, n, azimuth, polar)", "Y = special.sph_harm_y(n, m, polar, azimuth)")
    b.pair(sph, "from scipy.special import sph_harm\nvals = sph_harm(0, l, phi, theta)",
           "from scipy.special import sph_harm_y\nvals = sph_harm_y(l, 0, theta, phi)")
    b.pair(sph, "return scipy.special.sph_harm(self.m, self.l, self.az, self.pol).real",
           "return scipy.special.sph_harm_y(self.l, self.m, self.pol, self.az).real")
    strap = b.change("scipy.stats.trapz", "scipy.stats.trapezoid", "rename", "1.15.0 -> 1.16.0",
                     R115 + ": scipy.stats.trapz is deprecated in favor of scipy.stats.trapezoid")
    b.rename(strap, ("stats.trapz", "stats.trapezoid"),
             "dist = stats.trapz(0.2, 0.8)",
             "samples = stats.trapz.rvs(c, d, size=100)",
             "return stats.trapz(self.c, self.d, loc=0, scale=self.width).pdf(x)")


def _arguments(b: Book) -> None:
    binom = b.change("scipy.stats.binom_test", "scipy.stats.binomtest", "restructure", "1.7.0 -> 1.12.0",
                     "SciPy 1.12.0 Release Notes, Expired Deprecations: scipy.stats.binom_test has been removed in "
                     "favour of scipy.stats.binomtest")
    b.pair(binom, "p = stats.binom_test(k, n, 0.5)", "p = stats.binomtest(k, n, 0.5).pvalue")
    b.pair(binom, "return stats.binom_test(self.hits, self.trials, p=0.1, alternative=\"greater\")",
           "return stats.binomtest(self.hits, self.trials, p=0.1, alternative=\"greater\").pvalue")
    b.pair(binom, "pvals = [stats.binom_test(s, n) for s in successes]", "pvals = [stats.binomtest(s, n).pvalue for s in successes]")
    mad = b.change("scipy.stats.median_absolute_deviation", "scipy.stats.median_abs_deviation", "argument",
                   "1.5.0 -> 1.9.0",
                   "SciPy 1.5.0 Release Notes, Deprecated features: median_absolute_deviation is deprecated, use "
                   "median_abs_deviation (its default scale is 1.0; scale=\"normal\" keeps the old 1.4826 factor)")
    b.pair(mad, "mad = stats.median_absolute_deviation(x)", "mad = stats.median_abs_deviation(x, scale=\"normal\")")
    b.pair(mad, "return stats.median_absolute_deviation(self.residuals, axis=0)",
           "return stats.median_abs_deviation(self.residuals, axis=0, scale=\"normal\")")
    b.pair(mad, "robust = [stats.median_absolute_deviation(c) for c in columns]",
           "robust = [stats.median_abs_deviation(c, scale=\"normal\") for c in columns]")
    sym = b.change("scipy.linalg.solve(sym_pos)", "scipy.linalg.solve(assume_a)", "argument", "0.19.0 -> 1.11.0",
                   "SciPy 0.19.0 Release Notes, scipy.linalg.solve gained assume_a, sym_pos kept for backwards "
                   "compatibility; SciPy 1.11.0 Release Notes, Expired Deprecations: the sym_pos keyword of "
                   "scipy.linalg.solve has been removed")
    b.pair(sym, "x = linalg.solve(A, b, sym_pos=True)", "x = linalg.solve(A, b, assume_a=\"pos\")")
    b.pair(sym, "return scipy.linalg.solve(self.K, rhs, sym_pos=True, overwrite_b=True)",
           "return scipy.linalg.solve(self.K, rhs, assume_a=\"pos\", overwrite_b=True)")
    b.pair(sym, """
alpha = solve(
    K + noise * np.eye(n),
    y,
    sym_pos=True,
)
""", """
alpha = solve(
    K + noise * np.eye(n),
    y,
    assume_a="pos",
)
""")
    eig = b.change("scipy.linalg.eigh(eigvals)", "scipy.linalg.eigh(subset_by_index)", "argument", "1.5.0 -> 1.14.0",
                   "SciPy 1.5.0 Release Notes, scipy.linalg.eigh keywords turbo and eigvals are deprecated, use "
                   "subset_by_index; " + R114 + ": the turbo and eigvals arguments of eigh and eigvalsh have been removed")
    b.pair(eig, "w, v = linalg.eigh(A, eigvals=(0, 2))", "w, v = linalg.eigh(A, subset_by_index=[0, 2])")
    b.pair(eig, "return scipy.linalg.eigh(self.L, eigvals=(n - k, n - 1))[1]",
           "return scipy.linalg.eigh(self.L, subset_by_index=[n - k, n - 1])[1]")
    b.pair(eig, "top = linalg.eigvalsh(C, eigvals=(d - 1, d - 1))", "top = linalg.eigvalsh(C, subset_by_index=[d - 1, d - 1])")
    moment = b.change("scipy.stats.rv_continuous.moment(n)", "scipy.stats.rv_continuous.moment(order)", "argument",
                      "1.9.0 -> 1.11.0",
                      "SciPy 1.9.0 Release Notes, Deprecated features: use of the distribution moment method with "
                      "keyword argument n is deprecated, keyword n is replaced with keyword order")
    b.rename(moment, ("n=", "order="),
             "m2 = stats.norm.moment(n=2)",
             "return self.dist.moment(n=k, loc=self.mu)",
             "moments = [stats.gamma(a).moment(n=i) for i in range(1, 5)]")
    interval = b.change("scipy.stats.rv_continuous.interval(alpha)", "scipy.stats.rv_continuous.interval(confidence)",
                        "argument", "1.9.0 -> 1.11.0",
                        "SciPy 1.9.0 Release Notes, Deprecated features: use of the distribution interval method "
                        "with keyword argument alpha is deprecated, keyword alpha is replaced with keyword confidence")
    b.rename(interval, ("alpha=", "confidence="),
             "lo, hi = stats.t.interval(alpha=0.95, df=n - 1, loc=mean, scale=sem)",
             "return self.dist.interval(alpha=level)",
             "ci = stats.norm.interval(alpha=0.9, loc=mu, scale=sigma)")
    sparse = b.change("scipy.sparse.csr_array.A", "scipy.sparse.csr_array.toarray", "rename", "1.11.0 -> 1.14.0",
                      "SciPy 1.11.0 Release Notes, Deprecated features: the .A and .H attributes were deprecated for "
                      "sparse arrays (sparse matrix types are not affected)")
    b.pair(sparse, "dense = sparse.csr_array(counts).A", "dense = sparse.csr_array(counts).toarray()")
    b.pair(sparse, "adj = sp.coo_array((w, (i, j)), shape=(n, n)).A", "adj = sp.coo_array((w, (i, j)), shape=(n, n)).toarray()")
    b.pair(sparse, "return csr_array(self.rows).A[:, 0]", "return csr_array(self.rows).toarray()[:, 0]")
    interp = b.change("scipy.interpolate.interp2d", "scipy.interpolate.RectBivariateSpline", "restructure",
                      "1.10.0 -> 1.14.0",
                      R110 + ": scipy.interpolate.interp2d class has been deprecated (interp2d transition guide: on a "
                             "regular grid use RectBivariateSpline with the transposed data and kx=ky=1 for linear)")
    b.pair(interp, "f = interpolate.interp2d(x, y, z, kind=\"linear\")\nznew = f(xnew, ynew)",
           "f = interpolate.RectBivariateSpline(x, y, z.T, kx=1, ky=1)\nznew = f(xnew, ynew).T")
    b.pair(interp, "f = interp2d(xs, ys, grid, kind=\"cubic\")\nfine = f(xf, yf)",
           "f = RectBivariateSpline(xs, ys, grid.T, kx=3, ky=3)\nfine = f(xf, yf).T")
    b.pair(interp, """
def resample(self, xq, yq):
    f = interpolate.interp2d(self.x, self.y, self.z)
    return f(xq, yq)
""", """
def resample(self, xq, yq):
    f = interpolate.RectBivariateSpline(self.x, self.y, self.z.T, kx=1, ky=1)
    return f(xq, yq).T
""")


def _multi(b: Book) -> None:
    src = R112 + ": scipy.integrate.trapz, cumtrapz and simps have been deprecated"
    simps = b.change("scipy.integrate.simps", "scipy.integrate.simpson", "argument", "1.12.0 -> 1.14.0", src)
    cum = b.change("scipy.integrate.cumtrapz", "scipy.integrate.cumulative_trapezoid", "rename", "1.12.0 -> 1.14.0", src)
    face = b.change("scipy.misc.face", "scipy.datasets.face", "rename", "1.10.0 -> 1.12.0", R110)
    filt = b.change("scipy.ndimage.filters", "scipy.ndimage", "rename", "1.8.0 -> 1.8.0", R18)
    comb = b.change("scipy.misc.comb", "scipy.special.comb", "rename", "1.0.0 -> 1.3.0", R13)
    fact = b.change("scipy.misc.factorial", "scipy.special.factorial", "rename", "1.0.0 -> 1.3.0", R13)
    b.multi([simps, cum], "total = integrate.simps(y, x)\nrunning = integrate.cumtrapz(y, x, initial=0)",
            "total = integrate.simpson(y, x=x)\nrunning = integrate.cumulative_trapezoid(y, x, initial=0)")
    b.multi([face, filt], "from scipy import misc, ndimage\nblurred = ndimage.filters.gaussian_filter(misc.face(gray=True), 3)",
            "from scipy import datasets, ndimage\nblurred = ndimage.gaussian_filter(datasets.face(gray=True), 3)")
    b.multi([comb, fact], "p = misc.comb(n, k) * misc.factorial(k)", "p = special.comb(n, k) * special.factorial(k)")


def _negatives(b: Book) -> None:
    b.negative("scipy.integrate.simpson", "1.12.0 -> 1.14.0", R112 + " (simpson, trapezoid, quad and romb stay)",
               "area = integrate.simpson(y, x=x)",
               "auc = integrate.trapezoid(tpr, fpr)",
               "val, err = integrate.quad(f, 0, 1)",
               "r = integrate.romb(samples, dx=0.5)",
               "sol = integrate.odeint(deriv, y0, t)")
    b.negative("scipy.special.comb", "1.0.0 -> 1.3.0", R13 + " (scipy.special and math stay)",
               "n = special.comb(10, 3, exact=True)",
               "import math\nways = math.comb(n, k)",
               "f = math.factorial(5)",
               "lse = special.logsumexp(a)")
    b.negative("scipy.signal.windows.hann", "1.1.0 -> 1.13.0", "SciPy 1.13.0 Release Notes, Expired Deprecations "
                                                              "(scipy.signal.windows and get_window stay)",
               "w = signal.windows.hann(512)",
               "w = signal.get_window(\"hamming\", 256)",
               "w = np.hanning(64)")
    b.negative("scipy.ndimage.gaussian_filter", "1.8.0 -> 1.8.0", R18 + " (the public scipy.ndimage names stay)",
               "smooth = ndimage.gaussian_filter(img, 2)",
               "from scipy.ndimage import zoom\nbig = zoom(img, 2)")
    b.negative("scipy.linalg.pinv", "1.7.0 -> 1.9.0", "SciPy 1.7.0 Release Notes, Deprecated features (pinv stays)",
               "Ainv = linalg.pinv(A)",
               "x = linalg.solve(A, b, assume_a=\"pos\")",
               "w, v = linalg.eigh(A, subset_by_index=[0, 2])")
    b.negative("scipy.sparse.csr_matrix.A", "1.11.0 -> 1.14.0",
               "SciPy 1.11.0 Release Notes, Deprecated features (sparse matrix types are not affected by the .A "
               "deprecation)",
               "dense = sparse.csr_matrix(counts).A",
               "M = np.matrix([[1, 2], [3, 4]])\narr = M.A")
    b.negative("scipy.stats.binomtest", "1.7.0 -> 1.12.0", "SciPy 1.12.0 Release Notes, Expired Deprecations "
                                                            "(binomtest and median_abs_deviation stay)",
               "p = stats.binomtest(k, n, 0.5).pvalue",
               "mad = stats.median_abs_deviation(x)")


def _more_contexts(b: Book) -> None:
    """Multi-line calls, appended last so earlier ids stay stable."""
    src = (R112 + ": scipy.integrate.trapz, cumtrapz and simps have been deprecated in favour of trapezoid, "
                  "cumulative_trapezoid and simpson; " + R114)
    simps = b.change("scipy.integrate.simps", "scipy.integrate.simpson", "argument", "1.12.0 -> 1.14.0", src)
    b.pair(simps, """
flux = integrate.simps(
    intensity,
    wavelengths,
    axis=-1,
)
""", """
flux = integrate.simpson(
    intensity,
    x=wavelengths,
    axis=-1,
)
""")
    binom = b.change("scipy.stats.binom_test", "scipy.stats.binomtest", "restructure", "1.7.0 -> 1.12.0",
                     "SciPy 1.12.0 Release Notes, Expired Deprecations: scipy.stats.binom_test has been removed in "
                     "favour of scipy.stats.binomtest")
    b.pair(binom, """
p_value = stats.binom_test(
    successes,
    n=trials,
    p=0.25,
)
""", """
p_value = stats.binomtest(
    successes,
    n=trials,
    p=0.25,
).pvalue
""")
    pinv2 = b.change("scipy.linalg.pinv2", "scipy.linalg.pinv", "rename", "1.7.0 -> 1.9.0",
                     "SciPy 1.7.0 Release Notes, Deprecated features: scipy.linalg.pinv2 is deprecated and its "
                     "functionality is completely subsumed into scipy.linalg.pinv")
    b.rename(pinv2, ("pinv2", "pinv"), "inverses = [linalg.pinv2(block) for block in blocks]")
    b.negative("scipy.integrate.trapezoid", "1.6.0 -> 1.6.0",
               "SciPy 1.6.0 Release Notes, New features: scipy.integrate.trapezoid(y, x=None, dx=1.0, axis=-1) "
               "(already-migrated code, nothing to change)",
               "area = integrate.trapezoid(y=density, x=grid)")
    binom_float = b.change("scipy.stats.binom_test", "scipy.stats.binomtest", "restructure", "1.7.0 -> 1.12.0",
                           "SciPy 1.12.0 Release Notes, Expired Deprecations: scipy.stats.binom_test has been removed "
                           "in favour of scipy.stats.binomtest; binom_test cast x to an integer array "
                           "(atleast_1d(x).astype(np.int_)), binomtest requires an integer k, so a computed count "
                           "keeps the truncation with int()")
    b.pair(binom_float, "p = stats.binom_test(rate * n, n, p=0.5)", "p = stats.binomtest(int(rate * n), n, p=0.5).pvalue")
    b.pair(binom_float, "pval = stats.binom_test(frac * total, total)", "pval = stats.binomtest(int(frac * total), total).pvalue")
    b.pair(binom_float, "return stats.binom_test(share * count, count, alternative=\"greater\") - level",
           "return stats.binomtest(int(share * count), count, alternative=\"greater\").pvalue - level")
