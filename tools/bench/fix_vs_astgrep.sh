#!/usr/bin/env bash
# `apimigrate fix` against `ast-grep scan -U`: the same generated rules (ast-grep YAML files, 100
# and 1,000 by default), the same seeded copies of the local CPython standard library, side by side
# in one run. Prints wall clock (median of --runs, the two tools alternating), the ratios, start-up
# costs, and whether both rewrote the files identically (diff -r). docs/benchmarks.md, "fix vs ast-grep".
#
#   tools/bench/fix_vs_astgrep.sh [--sizes "100 1000"] [--runs 3] [--fraction 0.3] [--seed 1] [--keep]
#
# "fix" runs exactly what bin/apimigrate execs for fix once it has recorded its class-data archive
# (APIMIGRATE_JAVA_OPTS, default -Xmx1g, C1 only, serial GC, the archive); "fix-c1" is the same JVM
# without the archive, with FIX_VARIANT_OPTS (default -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC;
# empty to skip).
#
# Needs: mvn (offline), java 17, npm (installs @ast-grep/cli into target/astgrep), python3 (finds the
# standard library). Work files go to a temporary folder outside the repository, because ast-grep
# skips files that a .gitignore above them ignores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes="100 1000"
runs=3
fraction=0.3
seed=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --fraction) fraction="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "fix_vs_astgrep: unknown argument '$1'; see the header of $0" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "fix_vs_astgrep: --runs: '$runs' is not a positive integer" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/fix_vs_astgrep.XXXXXX")"
if [ "$keep" = 1 ]; then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi
log() { echo "== $*" >&2; }

# --- tools -----------------------------------------------------------------------------------
ag_home="$root/target/astgrep"
if [ ! -x "$ag_home/node_modules/.bin/ast-grep" ]; then
  log "installing @ast-grep/cli into $ag_home"
  mkdir -p "$ag_home"
  npm install --prefix "$ag_home" --no-audit --no-fund --silent "@ast-grep/cli@${ASTGREP_VERSION:-latest}" >&2
fi
ag="$(readlink -f "$ag_home/node_modules/.bin/ast-grep")"

log "building rules and cli (offline)"
(cd "$root" && mvn -B -q -o -pl rules,cli install -DskipTests >&2)
# A private copy of what bin/apimigrate runs, so a concurrent build cannot swap jars mid-run.
app="$work/app"
mkdir -p "$app"
cp -r "$root/cli/target/classes" "$app/cli-classes"
cp -r "$root/rules/target/classes" "$app/rules-classes"
cp -r "$root/rules/target/test-classes" "$app/rules-test-classes"
deps="$(tr ':' '\n' < "$root/cli/target/runtime-classpath.txt" | grep -v '/apimigrate-rules-' | paste -sd: -)"
# jars, as bin/apimigrate runs them (a class-data archive needs a classpath of jars)
jar cf "$app/cli.jar" -C "$app/cli-classes" .
jar cf "$app/rules.jar" -C "$app/rules-classes" .
app_cp="$app/cli.jar:$app/rules.jar:$deps"
# what bin/apimigrate execs once its build is up to date and its fix archive recorded (see below)
read -r -a java_opts <<< "${APIMIGRATE_JAVA_OPTS:--Xmx1g}"
quiet=(-Xlog:disable -Xlog:all=warning:stderr "-Xlog:cds*=off:stderr")
apimigrate=(java "${java_opts[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$app/fix.jsa" "${quiet[@]}"
  -Dai.djl.offline=true -cp "$app_cp" io.apimigrate.cli.ApiMigrate)
# the same without the class-data archive (FIX_VARIANT_OPTS= skips it)
read -r -a variant_opts <<< "${FIX_VARIANT_OPTS--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
apimigrate_variant=(java "${variant_opts[@]}" -Dai.djl.offline=true -cp "$app_cp" io.apimigrate.cli.ApiMigrate)
corpus_tool() { java -cp "$app/rules-test-classes:$app_cp" io.apimigrate.rules.bench.AstGrepCorpus "$@"; }

# --- corpus ----------------------------------------------------------------------------------
stdlib="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
log "copying the *.py files of $stdlib (site-packages left out)"
mkdir -p "$work/stdlib"
(cd "$stdlib" && find . -path ./site-packages -prune -o -name '*.py' -type f -print0 \
  | xargs -0 cp --parents -t "$work/stdlib")
files=$(find "$work/stdlib" -name '*.py' | wc -l)
mb=$(du -sm "$work/stdlib" | cut -f1)

# bin/apimigrate records a class-data archive on the first fix after a build and maps it from
# then on; record it the same way, untimed, on a seeded copy of one package
log "recording the fix class-data archive (the first run after a build does this in bin/apimigrate)"
mkdir -p "$work/warm"
corpus_tool rules 100 "$work/warm/rules" > /dev/null
cp -r "$work/stdlib/json" "$work/warm/tree"
corpus_tool seed 100 1.0 1 "$work/warm/tree" > /dev/null
java "${java_opts[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$app/fix.jsa" "${quiet[@]}" \
  -Dai.djl.offline=true -cp "$app_cp" io.apimigrate.cli.ApiMigrate fix --rules "$work/warm/rules" "$work/warm/tree" >&2

# --- timing ----------------------------------------------------------------------------------
# run_timed OUT CMD...: wall seconds (ms resolution) to OUT.wall, CPU seconds and peak RSS to OUT.res
run_timed() {
  local out="$1"; shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$out.res" "$@" > "$out.stdout" 2> "$out.stderr" || {
    echo "fix_vs_astgrep: '$*' failed; its stderr:" >&2; tail -20 "$out.stderr" >&2; exit 1; }
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }' > "$out.wall"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# CPU seconds (user + system) and peak RSS in MiB of every run of PREFIX, median
cpu() { cat "$1".*.res | awk '{ print $1 + $2 }' | median; }
rss() { cat "$1".*.res | awk '{ printf "%.0f\n", $3 / 1024 }' | median; }

log "start-up costs (median of 5)"
mkdir -p "$work/empty" "$work/startup"
corpus_tool rules 1000 "$work/startup/rules"
printf 'ruleDirs:\n  - rules\n' > "$work/startup/sgconfig.yml"
for i in 1 2 3 4 5; do
  run_timed "$work/startup/jvm.$i" "${apimigrate[@]}" --version
  run_timed "$work/startup/fixempty.$i" "${apimigrate[@]}" fix --rules "$work/startup/rules" "$work/empty"
  run_timed "$work/startup/ag.$i" "$ag" --version
  run_timed "$work/startup/agempty.$i" "$ag" scan -c "$work/startup/sgconfig.yml" "$work/empty"
done
jvm=$(cat "$work"/startup/jvm.*.wall | median)
fixempty=$(cat "$work"/startup/fixempty.*.wall | median)
agver=$(cat "$work"/startup/ag.*.wall | median)
agempty=$(cat "$work"/startup/agempty.*.wall | median)

# --- per rule-set size -----------------------------------------------------------------------
summary="$work/summary.md"
{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); ast-grep: $("$ag" --version); apimigrate: commit $(git -C "$root" rev-parse --short HEAD)," \
    "$(git -C "$root" status --porcelain -- rules/src/main cli/src/main | wc -l) uncommitted files under rules/src/main, cli/src/main"
  echo "corpus: $files *.py files, $mb MB, from $stdlib; fraction seeded: $fraction; runs: $runs"
  echo "fix: java ${java_opts[*]} (as bin/apimigrate); fix-c1: java ${variant_opts[*]:-(not run)}"
  echo
  echo "start-up (median of 5): JVM + CLI (apimigrate --version) ${jvm} s; fix with 1,000 rules on an empty folder ${fixempty} s;"
  echo "ast-grep --version ${agver} s; ast-grep scan with 1,000 rules on an empty folder ${agempty} s"
  echo
  echo "| rules | seeded files / statements | ast-grep s | fix s | **ast-grep / fix** | fix-c1 s | ast-grep / fix-c1 | CPU s ag / fix / fix-c1 | CPU ratio ag / fix | peak MiB ag / fix | files changed ag / fix | files differing |"
  echo "|---:|---|---:|---:|---:|---:|---:|---|---:|---|---|---:|"
} > "$summary"

tools="ag fix"
[ ${#variant_opts[@]} -gt 0 ] && tools="ag fix fixc1"
for n in $sizes; do
  d="$work/n$n"
  mkdir -p "$d"
  log "$n rules: generating ast-grep rule files and seeding a copy of the corpus"
  corpus_tool rules "$n" "$d/rules"
  printf 'ruleDirs:\n  - rules\n' > "$d/sgconfig.yml"
  cp -r "$work/stdlib" "$d/seeded"
  seeded=$(corpus_tool seed "$n" "$fraction" "$seed" "$d/seeded")
  log "$seeded"
  for r in $(seq 1 "$runs"); do
    # a fresh copy per tool and run; the order rotates so that drift in the machine's load hits each alike
    order="$(echo $tools | tr ' ' '\n' | awk -v r="$r" '{ a[NR] = $0 } END { for (i = 0; i < NR; i++) print a[(i + r - 1) % NR + 1] }')"
    for tool in $order; do
      rm -rf "${d:?}/$tool"
      cp -r "$d/seeded" "$d/$tool"
      case "$tool" in
        ag) run_timed "$d/ag.$r" "$ag" scan -c "$d/sgconfig.yml" -U "$d/ag" ;;
        fix) run_timed "$d/fix.$r" "${apimigrate[@]}" fix --rules "$d/rules" "$d/fix" ;;
        fixc1) run_timed "$d/fixc1.$r" "${apimigrate_variant[@]}" fix --rules "$d/rules" "$d/fixc1" ;;
      esac
      log "$n rules, run $r: $tool $(cat "$d/$tool.$r.wall") s"
    done
    if [ "$r" = 1 ]; then
      diff -r "$d/ag" "$d/fix" > "$d/differences.diff" || true
      ag_changed=$(diff -rq "$d/seeded" "$d/ag" | wc -l || true)
      fix_changed=$(diff -rq "$d/seeded" "$d/fix" | wc -l || true)
      differing=$(diff -rq "$d/ag" "$d/fix" | wc -l || true)
    fi
  done
  ag_s=$(cat "$d"/ag.*.wall | median)
  fix_s=$(cat "$d"/fix.*.wall | median)
  ratio=$(awk -v a="$ag_s" -v b="$fix_s" 'BEGIN { printf "%.2f", a / b }')
  cpu_ratio=$(awk -v a="$(cpu "$d/ag")" -v b="$(cpu "$d/fix")" 'BEGIN { printf "%.2f", a / b }')
  c1_s="-"; c1_ratio="-"; c1_cpu="-"
  if [ -f "$d/fixc1.1.wall" ]; then
    c1_s=$(cat "$d"/fixc1.*.wall | median)
    c1_ratio=$(awk -v a="$ag_s" -v b="$c1_s" 'BEGIN { printf "%.2f", a / b }')
    c1_cpu=$(cpu "$d/fixc1")
  fi
  echo "| $n | ${seeded#seeded } | $ag_s | $fix_s | **$ratio** | $c1_s | $c1_ratio | $(cpu "$d/ag") / $(cpu "$d/fix") / $c1_cpu | $cpu_ratio | $(rss "$d/ag") / $(rss "$d/fix") | $ag_changed / $fix_changed | $differing |" >> "$summary"
  if [ "$differing" != 0 ]; then
    log "$n rules: $differing files differ between ast-grep and apimigrate; first lines of the diff:"
    head -40 "$d/differences.diff" >&2
    cp "$d/differences.diff" "$root/target/fix_vs_astgrep-$n.diff" 2>/dev/null || true
  fi
done

# --- known semantic differences, on a probe file outside the corpus ----------------------------------
p="$work/probe"
corpus_tool probe "$p/src"
corpus_tool rules 4 "$p/rules"
printf 'ruleDirs:\n  - rules\n' > "$p/sgconfig.yml"
cp -r "$p/src" "$p/ag"; cp -r "$p/src" "$p/fix"
"$ag" scan -c "$p/sgconfig.yml" -U "$p/ag" > /dev/null 2>&1
"${apimigrate[@]}" fix --rules "$p/rules" "$p/fix" 2> /dev/null
{
  echo
  echo "probe (cases the seeded corpus avoids), input / ast-grep / apimigrate fix:"
  echo '```'
  paste -d'\n' "$p/src/probe.py" "$p/ag/probe.py" "$p/fix/probe.py" | awk '{ printf "%s%s\n", (NR % 3 == 1 ? "in   " : NR % 3 == 2 ? "ag   " : "fix  "), $0 } NR % 3 == 0 { print "" }'
  echo '```'
} >> "$summary"
cat "$summary"
