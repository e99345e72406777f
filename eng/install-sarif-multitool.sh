#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm package @microsoft/sarif-multitool 5.7.0, a self-contained Linux binary)
# into artifacts/tools/sarif-multitool, where the SARIF validation tests look for it (or set
# SOURCESCORE_SARIF_MULTITOOL to another copy). Needs Node.js and npm. Prints the binary's path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=artifacts/tools/sarif-multitool
tool="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ]; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"sourcescore-sarif-tools","private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool@5.7.0 >&2
  # npm leaves install scripts unrun by default; the package's own one only makes the binary executable.
  chmod u+x "$tool"
fi
echo "$(pwd)/$tool"
