#!/usr/bin/env bash
# The real binaries the tests run (binaries/README.md): built where .ci/.bin/ has no copy for their recipe yet, with
# progress on stderr; a no-op once cached. `npm test` runs the same script first (pretest).
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build-binaries.ts >&2
