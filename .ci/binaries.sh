#!/usr/bin/env bash
# The real binaries the tests run and the pinned CRDs (binaries/README.md): built or laid where .ci/.bin/ has no copy yet, with
# progress on stderr; a no-op once cached. `npm test` runs the same script first (pretest).
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build-binaries.ts >&2
