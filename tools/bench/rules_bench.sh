#!/usr/bin/env bash
# Rule-engine benchmarks, kept out of the test phase (docs/benchmarks.md, "Rule engine throughput (JMH)").
#   tools/bench/rules_bench.sh jmh [JMH options]   JMH; default: RuleEngineBenchmark (100/1,000/10,000 rules)
#   tools/bench/rules_bench.sh heap [N...]         heap held by N compiled synthetic rules (default 100 1000 10000)
#   tools/bench/rules_bench.sh cpu [ROUNDS [SEC]]  snippets per CPU second, one thread (cross-check on a busy machine)
# Compiles the rules module and its test sources offline, then runs from a private copy of the
# classes so that a concurrent build of the module cannot change them mid-run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
usage() { echo "usage: $0 jmh [JMH options] | heap [RULE_COUNT...] | cpu [ROUNDS [SECONDS]]" >&2; exit 2; }
[ $# -ge 1 ] || usage
mode="$1"; shift
case "$mode" in jmh|heap|cpu) ;; *) usage ;; esac

out="$root/rules/target/bench"
cd "$root"
mvn -B -q -o -pl rules test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >&2
rm -rf "$out/classes" "$out/test-classes"
cp -r rules/target/classes "$out/classes"
cp -r rules/target/test-classes "$out/test-classes"
cp="$out/test-classes:$out/classes:$(cat "$out/classpath.txt")"
state="$(git -C "$root" status --porcelain -- rules/src/main | wc -l)"
echo "engine: commit $(git -C "$root" rev-parse --short HEAD), $state uncommitted files under rules/src/main;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

if [ "$mode" = jmh ]; then
  [ $# -gt 0 ] || set -- RuleEngineBenchmark
  exec java -cp "$cp" org.openjdk.jmh.Main "$@"
fi
if [ "$mode" = cpu ]; then
  exec java -Xms1g -Xmx1g -cp "$cp" io.apimigrate.rules.bench.CpuTimeThroughput "$@"
fi
exec java -Xms2g -Xmx2g -XX:+UseSerialGC -cp "$cp" io.apimigrate.rules.bench.RuleHeapFootprint "$@"
