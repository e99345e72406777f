#!/usr/bin/env bash
# Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Review the diff: each added line is a public API promise.
set -euo pipefail
project="${1:-src/SourceScore/SourceScore.csproj}"
dir="$(dirname "$project")"
dotnet build "$project" --no-incremental 2>&1 \
  | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" \
  | sort -u >> "$dir/PublicAPI.Unshipped.txt" || true
{ head -n1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | sort -u; } > "$dir/PublicAPI.Unshipped.tmp"
mv "$dir/PublicAPI.Unshipped.tmp" "$dir/PublicAPI.Unshipped.txt"
