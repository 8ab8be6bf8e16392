#!/usr/bin/env bash
# Validates renovate.json with Renovate's own validator, from the npm package `renovate` at the version below.
# That package is large (about 620 packages, 440 MB; 1 to 4 minutes to install), so it is installed once per version
# into a cache folder, and with --if-changed the check runs only when renovate.json or this script differ from the
# base branch (origin/$GITHUB_BASE_REF, else origin/main or main); where no base is known, it runs.
#   scripts/check-renovate.sh [--if-changed]        (npm run check:renovate)
set -euo pipefail
cd "$(dirname "$0")/.."
RENOVATE_VERSION=44.121.2

if [ "${1:-}" = "--if-changed" ]; then
  base=""
  for ref in "origin/${GITHUB_BASE_REF:-main}" origin/main main; do
    base=$(git merge-base HEAD "$ref" 2>/dev/null) && break
  done
  files=(renovate.json scripts/check-renovate.sh)
  if [ -n "$base" ] && git diff --quiet "$base" -- "${files[@]}" && [ -z "$(git status --porcelain -- "${files[@]}")" ]; then
    echo "check-renovate: renovate.json as on the base branch (${base:0:7}); validator skipped"
    exit 0
  fi
fi

dir="${XDG_CACHE_HOME:-$HOME/.cache}/mesh-observability/renovate-$RENOVATE_VERSION"
validator="$dir/node_modules/.bin/renovate-config-validator"
if [ ! -x "$validator" ]; then
  echo "check-renovate: installing renovate@$RENOVATE_VERSION into $dir (once per version)" >&2
  mkdir -p "$dir"
  # re2 (the regex engine Renovate validates custom managers' patterns with) downloads a prebuilt binary, else
  # compiles: against the headers of the node that runs, not whatever /usr/include/node holds
  node_prefix=$(dirname "$(dirname "$(command -v node)")")
  if [ -d "$node_prefix/include/node" ]; then export npm_config_nodedir="$node_prefix"; fi
  (cd "$dir" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error "renovate@$RENOVATE_VERSION" >&2)
fi
# with no file argument it validates the repository config (a file argument would be read as global config)
"$validator" --strict
