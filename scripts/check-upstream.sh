#!/usr/bin/env bash
# Runs the desired state of dev, prod and dev-in-ambient-mode, of dev and prod with tail sampling on (prod also
# with two trace exporters), and of dev and prod-in-ambient-mode with the UIs on host names (dev-ui: self-signed CA,
# fixed entry addresses; prod-ui: ACME), through the upstream checkers, when a folder of them is at hand (they are reference
# tooling, not part of this project):
#   scripts/check-upstream.sh [TOOLS_DIR]        default: ../shared/tools
# With HELM_CHARTS_DIR set to a folder of the pinned charts, every release is also rendered with helm and
# every configured address checked against the Services that will exist.
# Exit 1 on findings; exit 0 with a notice when the tools are not there.
set -uo pipefail
cd "$(dirname "$0")/.."
tools=${1:-../shared/tools}
if [ ! -f "$tools/check-chart-values.mjs" ]; then
  echo "check-upstream: no checkers at $tools; skipped"
  exit 0
fi

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
# ambient: the dev stack with the one line changed
sed 's/^\(  mesh-observability:meshMode:\).*/\1 ambient/' Pulumi.dev.yaml > "$out/Pulumi.ambient.yaml"
# tail sampling on: dev runs one collector tier, prod two; prod also exports to a gRPC and an OTLP/HTTP vendor
tail_on='  mesh-observability:tailSampling:
    enabled: true'
{ cat Pulumi.dev.yaml; echo "$tail_on"; } > "$out/Pulumi.dev-tail.yaml"
{ cat Pulumi.prod.yaml; echo "$tail_on"; cat <<'YAML'
  mesh-observability:traceExporters:
    - name: lightstep
      endpoint: ingest.lightstep.com:443
      headers:
        lightstep-access-token: lightstepAccessToken
    - name: vendor
      protocol: http
      endpoint: https://otlp.vendor.example
      headers:
        authorization: vendorAuthorization
  mesh-observability:lightstepAccessToken:
    secure: v1:AAAAAAAAAAAAAAAA:dG9rZW4=
  mesh-observability:vendorAuthorization:
    secure: v1:AAAAAAAAAAAAAAAA:dG9rZW4=
YAML
} > "$out/Pulumi.prod-tail.yaml"
# the UIs on host names: the stack files with the keys appended (config: is their last map)
{ cat Pulumi.dev.yaml; printf '%s\n' '  mesh-observability:ui:' '    domain: 172.18.255.200.nip.io' \
    '  mesh-observability:entryPointAddresses:' '    istioGateway: 172.18.255.200' '    ingressNginx: 172.18.255.201'; } > "$out/Pulumi.dev-ui.yaml"
{ sed 's/^\(  mesh-observability:meshMode:\).*/\1 ambient/' Pulumi.prod.yaml; printf '%s\n' '  mesh-observability:ui:' \
    '    domain: observability.example.org' '    issuer: acme' '    acmeEmail: platform@example.org' \
    '  mesh-observability:entryPointAddresses:' '    istioGateway: 10.20.0.10'; } > "$out/Pulumi.prod-ui.yaml"
npm run -s synth -- --stack dev > "$out/dev.json" &&
  npm run -s synth -- --stack prod > "$out/prod.json" &&
  npm run -s synth -- --stack ambient --config-file "$out/Pulumi.ambient.yaml" > "$out/ambient.json" &&
  npm run -s synth -- --stack dev-tail --config-file "$out/Pulumi.dev-tail.yaml" > "$out/dev-tail.json" &&
  npm run -s synth -- --stack prod-tail --config-file "$out/Pulumi.prod-tail.yaml" > "$out/prod-tail.json" &&
  npm run -s synth -- --stack dev-ui --config-file "$out/Pulumi.dev-ui.yaml" > "$out/dev-ui.json" &&
  npm run -s synth -- --stack prod-ui --config-file "$out/Pulumi.prod-ui.yaml" > "$out/prod-ui.json" || exit 1

status=0
# the committed chart key index (stacks/chart-keys.json) against the reference charts it is generated from
if [ -d "$tools/../charts" ]; then
  if ! node scripts/generate-chart-keys.ts "$tools/../charts" --out "$out/chart-keys.json" > "$out/chart-keys.log" 2>&1; then
    printf '%-8s %-24s %s\n' index generate-chart-keys "failed: $(tail -1 "$out/chart-keys.log")"; status=1
  elif cmp -s "$out/chart-keys.json" stacks/chart-keys.json; then
    printf '%-8s %-24s %s\n' index generate-chart-keys "stacks/chart-keys.json is up to date with $tools/../charts"
  else
    printf '%-8s %-24s %s\n' index generate-chart-keys "stacks/chart-keys.json differs: npm run generate:chart-keys -- $tools/../charts"; status=1
  fi
fi
for stack in dev prod ambient dev-tail prod-tail dev-ui prod-ui; do
  for tool in check-chart-values check-crs check-collector-config; do
    line=$(node "$tools/$tool.mjs" "$out/$stack.json" 2>&1); rc=$?
    printf '%-10s %-24s %s\n' "$stack" "$tool" "$(printf '%s\n' "$line" | tail -1)"
    # 1: findings; 2: the tool could not run (e.g. its own npm install failed), reported but not held against us
    if [ $rc -eq 1 ]; then printf '%s\n' "$line" | grep -Ev '^(OK|NOREF|NOCRD|DEPRECATED|UNUSED|ADVICE)' | head -20; status=1; fi
  done
  if [ -d "${HELM_CHARTS_DIR:-/nonexistent}" ]; then
    line=$(node "$tools/render-releases.mjs" "$out/$stack.json" --charts "$HELM_CHARTS_DIR" --out "$out/rendered-$stack" 2>&1); rc=$?
    printf '%-10s %-24s %s\n' "$stack" "render-releases" "$(printf '%s\n' "$line" | tail -1)"
    if [ $rc -eq 1 ]; then printf '%s\n' "$line" | grep -E '^(RENDER|INVALID|UNRESOLVED|NOPORT|DUPLICATE|NONAMESPACE)' | head -20; status=1; fi
    # the policy pack over the rendered objects, as a real preview sees a Chart v4's children
    policy_config=policy/config.dev.json; case "$stack" in prod*) policy_config=policy/config.prod.json ;; esac
    line=$(node scripts/policy-rendered.ts "$out/rendered-$stack" "$policy_config" 2>&1); rc=$?
    printf '%-10s %-24s %s\n' "$stack" "policy (rendered)" "$(printf '%s\n' "$line" | tail -1)"
    if [ $rc -ne 0 ]; then printf '%s\n' "$line" | grep -E '^(MANDATORY|REMEDIATE)' | head -20; status=1; fi
  fi
done
exit $status
