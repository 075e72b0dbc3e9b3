"""Writes snippets.jsonl, the demo input of `apimigrate pipeline` (hand-written snippets; run from data/demo)."""
import json

# (library, old_code, expected new_code or None when not given)
SNIPPETS = [
    # numpy aliases removed in 1.24
    ("numpy", "weights = np.ones(n, dtype=np.float)\n", "weights = np.ones(n, dtype=float)\n"),
    # np.bool is NumPy 2's boolean scalar type again: left alone
    ("numpy", "mask = np.zeros(shape, dtype=np.bool)\n", "mask = np.zeros(shape, dtype=np.bool)\n"),
    ("numpy", "idx = np.arange(10).astype(np.int)\n", "idx = np.arange(10).astype(int)\n"),
    ("numpy", "labels = np.array(names, dtype=np.object)\n", "labels = np.array(names, dtype=object)\n"),
    ("numpy", "total = np.float(row[3]) * rate\n", "total = float(row[3]) * rate\n"),
    ("numpy", "flags = np.asarray(values, dtype=np.bool)\n", "flags = np.asarray(values, dtype=np.bool)\n"),
    ("numpy", "count = np.int(len(batch) / 2)\n", "count = int(len(batch) / 2)\n"),
    ("numpy", "z = np.complex(re, im)\n", "z = complex(re, im)\n"),
    ("numpy", "area = np.trapz(ys, xs)\n", None),
    ("numpy", "if np.alltrue(a > 0):\n    print('positive')\n", None),
    ("numpy", "m = np.product(dims)\n", None),
    ("numpy", "c = np.cumproduct(series)\n", None),
    ("numpy", "np.round_(scores, 2)\n", None),
    ("numpy", "x = np.mean(values, axis=0)\n", "x = np.mean(values, axis=0)\n"),
    ("numpy", "grid = np.linspace(0.0, 1.0, num=50)\n", "grid = np.linspace(0.0, 1.0, num=50)\n"),
    # pandas
    ("pandas", "report = report.append(row, ignore_index=True)\n", "report = pd.concat([report, row], ignore_index=True)\n"),
    ("pandas", "frame = frame.append(extra)\n", "frame = pd.concat([frame, extra])\n"),
    ("pandas", "for name, col in df.iteritems():\n    print(name, col.dtype)\n", "for name, col in df.items():\n    print(name, col.dtype)\n"),
    ("pandas", "for key, value in series.iteritems():\n    seen[key] = value\n", "for key, value in series.items():\n    seen[key] = value\n"),
    ("pandas", "df = pd.read_csv(path, error_bad_lines=False)\n", "df = pd.read_csv(path, on_bad_lines='skip')\n"),
    ("pandas", "ok = df['price'].is_monotonic\n", "ok = df['price'].is_monotonic_increasing\n"),
    ("pandas", "result = df.groupby('team').mean(numeric_only=True)\n", "result = df.groupby('team').mean(numeric_only=True)\n"),
    ("pandas", "values = df.values\n", None),
    ("pandas", "df.loc[df['age'] > 30, 'group'] = 'senior'\n", "df.loc[df['age'] > 30, 'group'] = 'senior'\n"),
    ("pandas", "wide = df.pivot(index='date', columns='city', values='temp')\n", None),
    ("pandas", "s = pd.Series([1, 2, 3]).swapaxes(0, 0)\n", None),
    ("pandas", "stamp = pd.Timestamp.utcnow()\n", None),
    ("pandas", "idx = pd.Int64Index([1, 2, 3])\n", None),
    ("pandas", "df = df.fillna(method='ffill')\n", "df = df.ffill()\n"),
    ("pandas", "merged = pd.merge(left, right, on='id', how='inner')\n", "merged = pd.merge(left, right, on='id', how='inner')\n"),
    ("pandas", "counts = df['kind'].value_counts()\n", "counts = df['kind'].value_counts()\n"),
    ("pandas", "first = df.ix[0]\n", "first = df.loc[0]\n"),
    # sklearn
    ("sklearn", "enc = OneHotEncoder(handle_unknown='ignore', sparse=False)\n", "enc = OneHotEncoder(handle_unknown='ignore', sparse_output=False)\n"),
    ("sklearn", "from sklearn.cross_validation import train_test_split\n", "from sklearn.model_selection import train_test_split\n"),
    ("sklearn", "from sklearn.grid_search import GridSearchCV\n", "from sklearn.model_selection import GridSearchCV\n"),
    ("sklearn", "names = vectorizer.get_feature_names()\n", "names = vectorizer.get_feature_names_out()\n"),
    ("sklearn", "model = LogisticRegression(C=0.5, max_iter=500)\n", "model = LogisticRegression(C=0.5, max_iter=500)\n"),
    ("sklearn", "from sklearn.externals import joblib\n", "import joblib\n"),
    ("sklearn", "rmse = mean_squared_error(y_true, y_pred, squared=False)\n", None),
    ("sklearn", "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)\n", "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)\n"),
    ("sklearn", "clf = RandomForestClassifier(n_estimators=200, max_features='auto')\n", None),
    ("sklearn", "pipe = make_pipeline(StandardScaler(), SVC(gamma='scale'))\n", "pipe = make_pipeline(StandardScaler(), SVC(gamma='scale'))\n"),
    ("sklearn", "boston = load_boston()\n", None),
    ("sklearn", "km = KMeans(n_clusters=3, n_init=10, algorithm='full')\n", None),
    # torch
    ("torch", "x = Variable(torch.randn(3, 4))\n", "x = torch.randn(3, 4)\n"),
    ("torch", "inputs = Variable(batch, volatile=True)\n", None),
    ("torch", "loss = F.nll_loss(output, target, size_average=False)\n", "loss = F.nll_loss(output, target, reduction='sum')\n"),
    ("torch", "criterion = nn.MSELoss(reduce=False)\n", "criterion = nn.MSELoss(reduction='none')\n"),
    ("torch", "q, r = torch.qr(a)\n", "q, r = torch.linalg.qr(a)\n"),
    ("torch", "inv = torch.inverse(matrix)\n", None),
    ("torch", "e = torch.symeig(cov, eigenvectors=True)\n", None),
    ("torch", "loss_value = loss.data[0]\n", "loss_value = loss.item()\n"),
    ("torch", "model = torchvision.models.resnet50(pretrained=True)\n", "model = torchvision.models.resnet50(weights='IMAGENET1K_V1')\n"),
    ("torch", "scaler = torch.cuda.amp.GradScaler()\n", "scaler = torch.amp.GradScaler('cuda')\n"),
    ("torch", "with torch.no_grad():\n    out = model(x)\n", "with torch.no_grad():\n    out = model(x)\n"),
    ("torch", "optimizer.zero_grad()\nloss.backward()\noptimizer.step()\n", "optimizer.zero_grad()\nloss.backward()\noptimizer.step()\n"),
    ("torch", "y = torch.solve(b, A)\n", None),
    ("torch", "d = torch.det(m)\n", None),
    # tensorflow
    ("tensorflow", "sess = tf.Session()\n", "sess = tf.compat.v1.Session()\n"),
    ("tensorflow", "x = tf.placeholder(tf.float32, shape=[None, 784])\n", "x = tf.compat.v1.placeholder(tf.float32, shape=[None, 784])\n"),
    ("tensorflow", "init = tf.global_variables_initializer()\n", "init = tf.compat.v1.global_variables_initializer()\n"),
    ("tensorflow", "opt = tf.train.AdamOptimizer(learning_rate=1e-3)\n", "opt = tf.compat.v1.train.AdamOptimizer(learning_rate=1e-3)\n"),
    ("tensorflow", "tf.logging.set_verbosity(tf.logging.INFO)\n", None),
    ("tensorflow", "y = tf.layers.dense(x, units=10)\n", None),
    ("tensorflow", "total = tf.reduce_sum(x, keep_dims=True)\n", "total = tf.reduce_sum(x, keepdims=True)\n"),
    ("tensorflow", "model = tf.keras.Sequential([tf.keras.layers.Dense(10)])\n", "model = tf.keras.Sequential([tf.keras.layers.Dense(10)])\n"),
    ("tensorflow", "tf.random.set_seed(42)\n", "tf.random.set_seed(42)\n"),
    ("tensorflow", "w = tf.get_variable('w', shape=[3, 3])\n", None),
    # scipy / matplotlib
    ("scipy", "from scipy.misc import imread\n", None),
    ("scipy", "val = scipy.misc.comb(10, 3)\n", None),
    ("scipy", "from scipy.integrate import simps\narea = simps(y, x)\n", None),
    ("scipy", "res = scipy.optimize.minimize(f, x0, method='BFGS')\n", "res = scipy.optimize.minimize(f, x0, method='BFGS')\n"),
    ("matplotlib", "cmap = plt.cm.get_cmap('viridis')\n", None),
    ("matplotlib", "cmap = matplotlib.cm.get_cmap('plasma')\n", "cmap = matplotlib.colormaps.get_cmap('plasma')\n"),
    ("matplotlib", "plt.style.use('seaborn')\n", None),
    ("matplotlib", "fig, ax = plt.subplots(figsize=(8, 4))\nax.plot(xs, ys)\n", "fig, ax = plt.subplots(figsize=(8, 4))\nax.plot(xs, ys)\n"),
    ("matplotlib", "ax.set_xlabel('time (s)')\n", "ax.set_xlabel('time (s)')\n"),
    # plain Python, nothing to migrate
    ("", "def add(a, b):\n    return a + b\n", "def add(a, b):\n    return a + b\n"),
    ("", "with open(path) as fh:\n    lines = fh.readlines()\n", "with open(path) as fh:\n    lines = fh.readlines()\n"),
    ("", "squares = [i * i for i in range(10)]\n", "squares = [i * i for i in range(10)]\n"),
    ("", "logger.info('processed %d rows', n)\n", None),
    ("", "config = json.load(open('config.json'))\n", None),
    ("", "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n", None),
]


def main():
    counters = {}
    with open("snippets.jsonl", "w", encoding="utf-8") as out:
        for library, old, new in SNIPPETS:
            prefix = library or "python"
            counters[prefix] = counters.get(prefix, 0) + 1
            line = {"id": f"demo-{prefix}-{counters[prefix]:03d}", "old_code": old}
            if new is not None:
                line["new_code"] = new
            if library:
                line["library"] = library
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
