#!/usr/bin/env bash
# Runs bin/apimigrate as a user does, once the build is there (.ci/run calls it after the tests):
# fix --diff twice on a small tree, so that the first run records the launcher's class-data archive
# and the second maps it; both must print the same diff, which git apply accepts, and nothing else
# on stdout. A broken rules file must end in exit status 2 with a one-line error. A changed source
# makes the next run rebuild, and only that one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/launcher_check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "launcher_check: $*" >&2; exit 1; }

archive="$root/cli/target/apimigrate-fix.jsa"
rm -f "$archive"
mkdir -p "$work/src"
printf 'import numpy as np\nx = np.float(1)\n' > "$work/src/a.py"
printf '{"rules": [{"id": "np-float", "pattern": "np.float($X)", "template": "float($X)"}]}\n' > "$work/rules.json"
cd "$work"
git init -q

"$root/bin/apimigrate" fix --diff --rules rules.json src > first.diff 2> first.err || fail "first fix failed: $(cat first.err)"
[ -f "$archive" ] || fail "the first fix did not record $archive"
"$root/bin/apimigrate" fix --diff --rules rules.json src > second.diff 2> second.err || fail "second fix failed: $(cat second.err)"
cmp -s first.diff second.diff || fail "the run with the archive printed another diff"
grep -qx -- '-x = np.float(1)' first.diff && grep -qx -- '+x = float(1)' first.diff || fail "unexpected diff: $(cat first.diff)"
git apply --check first.diff || fail "git apply does not accept the diff"

echo '{"rules": [' > bad.json
rc=0
"$root/bin/apimigrate" fix --rules bad.json src > /dev/null 2> bad.err || rc=$?
[ "$rc" -eq 2 ] || fail "a broken rules file exited $rc, expected 2"
[ "$(wc -l < bad.err)" -eq 1 ] && grep -q 'bad.json' bad.err || fail "expected a one-line error naming bad.json, got: $(cat bad.err)"
cmp -s src/a.py <(printf 'import numpy as np\nx = np.float(1)\n') || fail "a failed fix changed src/a.py"
# after a source changes, the next run rebuilds once and the run after it does not
touch "$root/cli/src/main/java/io/apimigrate/cli/ApiMigrate.java"
"$root/bin/apimigrate" --version > /dev/null 2> rebuild.err || fail "the run after a source change failed: $(cat rebuild.err)"
grep -q 'building' rebuild.err || fail "a changed source did not trigger a build"
"$root/bin/apimigrate" --version > /dev/null 2> again.err || fail "the run after the rebuild failed: $(cat again.err)"
! grep -q 'building' again.err || fail "the launcher rebuilt again although nothing changed since its last build"

echo "launcher_check: fix --diff with and without the class-data archive, git apply, bad rules file, one rebuild after a change: ok"
