#!/usr/bin/env bash
# promtool, which the alert-rule tests run (`promtool check rules`, `promtool test rules`), from Debian's
# `prometheus` package: only the one binary is extracted into .ci/.bin/. Installing the package would pull a dozen
# web libraries and its postinst starts a Prometheus server (invoke-rc.d / systemd); promtool needs neither.
# Nothing to do when promtool is already on PATH or in .ci/.bin/. Needs apt-get and dpkg-deb, not root.
#   bash .ci/promtool.sh          then   export PATH="$PWD/.ci/.bin:$PATH"
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.ci/.bin
if command -v promtool >/dev/null 2>&1; then
  echo "promtool: $(command -v promtool) ($(promtool --version 2>&1 | head -1))"
  exit 0
fi
if [ -x "$bin/promtool" ]; then
  echo "promtool: $bin/promtool ($("$bin/promtool" --version 2>&1 | head -1))"
  exit 0
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# a fresh machine may have no package lists yet
(cd "$work" && apt-get download -q prometheus >/dev/null 2>&1) ||
  { apt-get update -qq && (cd "$work" && apt-get download -q prometheus >/dev/null); }
mkdir -p "$bin"
dpkg-deb --fsys-tarfile "$work"/prometheus_*.deb | tar -x -O ./usr/bin/promtool > "$bin/promtool"
chmod 755 "$bin/promtool"
echo "promtool: $bin/promtool ($("$bin/promtool" --version 2>&1 | head -1)), from $(basename "$work"/prometheus_*.deb)"
